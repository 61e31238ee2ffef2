#include "settingsdialog.h"

#include "icons.h"
#include "store/appsettings.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

namespace mdi {

namespace {

QDoubleSpinBox *doubleBox(double max, int decimals, double step, const QString &name, QWidget *parent) {
  auto *box = new QDoubleSpinBox(parent);
  box->setRange(0, max);
  box->setDecimals(decimals);
  box->setSingleStep(step);
  box->setSpecialValueText(SettingsDialog::tr("Model default"));
  box->setAccessibleName(name);
  return box;
}

QSpinBox *intBox(int max, const QString &special, const QString &name, QWidget *parent) {
  auto *box = new QSpinBox(parent);
  box->setRange(0, max);
  box->setSpecialValueText(special);
  box->setAccessibleName(name);
  return box;
}

QLabel *hint(const QString &text, QWidget *parent) {
  auto *label = new QLabel(text, parent);
  label->setWordWrap(true);
  label->setEnabled(false);
  return label;
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings &settings, QWidget *parent) :
    QDialog(parent), m_settings(settings), m_modelDirectory(new QLineEdit(this)), m_dtype(new QComboBox(this)),
    m_threads(intBox(AppSettings::kMaxThreads, tr("Automatic"), tr("Threads"), this)),
    m_temperature(doubleBox(AppSettings::kMaxTemperature, 2, 0.05, tr("Temperature"), this)),
    m_topK(intBox(AppSettings::kMaxTopK, tr("Model default"), tr("Top-k"), this)),
    m_topP(doubleBox(1.0, 3, 0.01, tr("Top-p"), this)), m_minP(doubleBox(1.0, 3, 0.01, tr("Min-p"), this)),
    m_repetitionPenalty(doubleBox(AppSettings::kMaxRepetitionPenalty, 2, 0.05, tr("Repetition penalty"), this)),
    m_maxNewTokens(intBox(AppSettings::kMaxNewTokens, tr("Model default"), tr("Maximum new tokens"), this)),
    m_systemPrompt(new QPlainTextEdit(this)), m_maxImagePixels(new QSpinBox(this)), m_language(new QComboBox(this)),
    m_theme(new QComboBox(this)) {
  setObjectName(QStringLiteral("settingsDialog"));
  setWindowTitle(tr("Settings"));

  // Model
  m_modelDirectory->setObjectName(QStringLiteral("modelDirectoryEdit"));
  m_modelDirectory->setAccessibleName(tr("Model folder"));
  m_modelDirectory->setPlaceholderText(tr("Folder with config.json and *.safetensors"));
  auto *browse = new QToolButton(this);
  browse->setObjectName(QStringLiteral("browseModelButton"));
  browse->setIcon(Icons::icon(QStringLiteral("folder")));
  browse->setText(tr("Browse…"));
  browse->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  browse->setAccessibleName(tr("Choose the model folder"));
  connect(browse, &QToolButton::clicked, this, &SettingsDialog::chooseModelDirectory);
  auto *folderRow = new QHBoxLayout;
  folderRow->addWidget(m_modelDirectory, 1);
  folderRow->addWidget(browse);

  m_dtype->setObjectName(QStringLiteral("dtypeBox"));
  m_dtype->setAccessibleName(tr("Compute precision"));
  m_dtype->addItem(tr("bfloat16 (half the memory)"), QStringLiteral("bf16"));
  m_dtype->addItem(tr("float32 (exact, twice the memory)"), QStringLiteral("f32"));
  m_threads->setObjectName(QStringLiteral("threadsBox"));
  m_threads->setToolTip(tr("Threads for the computation; Automatic uses the physical cores (%1 logical here).")
                            .arg(QThread::idealThreadCount()));
  m_maxImagePixels->setObjectName(QStringLiteral("maxImagePixelsBox"));
  m_maxImagePixels->setAccessibleName(tr("Maximum image size in pixels"));
  m_maxImagePixels->setRange(int(AppSettings::kMinImagePixels), int(AppSettings::kMaxImagePixels));
  m_maxImagePixels->setSingleStep(28 * 28 * 64);
  m_maxImagePixels->setGroupSeparatorShown(true);
  m_maxImagePixels->setSuffix(tr(" pixels"));
  m_maxImagePixels->setToolTip(tr("Larger images are scaled down to this many pixels before the model sees them. "
                                  "More pixels show more detail but take more time and context."));

  auto *modelPage = new QWidget;
  auto *modelForm = new QFormLayout(modelPage);
  modelForm->addRow(tr("Model &folder:"), folderRow);
  if (auto *label = qobject_cast<QLabel *>(modelForm->labelForField(folderRow)))
    label->setBuddy(m_modelDirectory);
  modelForm->addRow(tr("&Precision:"), m_dtype);
  modelForm->addRow(tr("&Threads:"), m_threads);
  modelForm->addRow(tr("Maximum &image size:"), m_maxImagePixels);
  modelForm->addRow(hint(tr("Changes to the model, precision, threads or image size reload the model."), modelPage));

  // Answers
  m_temperature->setObjectName(QStringLiteral("temperatureBox"));
  m_topK->setObjectName(QStringLiteral("topKBox"));
  m_topP->setObjectName(QStringLiteral("topPBox"));
  m_minP->setObjectName(QStringLiteral("minPBox"));
  m_repetitionPenalty->setObjectName(QStringLiteral("repetitionPenaltyBox"));
  m_maxNewTokens->setObjectName(QStringLiteral("maxNewTokensBox"));
  m_systemPrompt->setObjectName(QStringLiteral("systemPromptEdit"));
  m_systemPrompt->setAccessibleName(tr("Default system prompt"));
  m_systemPrompt->setPlaceholderText(tr("Empty: the model's own default (\"You are a helpful assistant.\")"));
  m_systemPrompt->setTabChangesFocus(true);
  m_systemPrompt->setMaximumHeight(fontMetrics().lineSpacing() * 6);
  auto *answersPage = new QWidget;
  auto *answersForm = new QFormLayout(answersPage);
  answersForm->addRow(tr("T&emperature:"), m_temperature);
  answersForm->addRow(tr("Top-&k:"), m_topK);
  answersForm->addRow(tr("Top-&p:"), m_topP);
  answersForm->addRow(tr("&Min-p:"), m_minP);
  answersForm->addRow(tr("&Repetition penalty:"), m_repetitionPenalty);
  answersForm->addRow(tr("Maximum &new tokens:"), m_maxNewTokens);
  answersForm->addRow(tr("&System prompt:"), m_systemPrompt);
  answersForm->addRow(hint(tr("\"Model default\" takes the value from the model's generation_config.json. "
                              "The system prompt applies to new conversations."),
                           answersPage));

  // Appearance
  m_language->setObjectName(QStringLiteral("languageBox"));
  m_language->setAccessibleName(tr("Language"));
  m_language->addItem(tr("System default"), QString());
  m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
  for (const QString &code : availableLanguages()) {
    if (code != QLatin1String("en"))
      m_language->addItem(QLocale(code).nativeLanguageName(), code);
  }
  m_theme->setObjectName(QStringLiteral("themeBox"));
  m_theme->setAccessibleName(tr("Theme"));
  m_theme->addItem(tr("System"), QStringLiteral("system"));
  m_theme->addItem(tr("Light"), QStringLiteral("light"));
  m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
  auto *appearancePage = new QWidget;
  auto *appearanceForm = new QFormLayout(appearancePage);
  appearanceForm->addRow(tr("&Language:"), m_language);
  appearanceForm->addRow(tr("T&heme:"), m_theme);
  appearanceForm->addRow(hint(tr("A new language takes effect when MDI Chat starts again."), appearancePage));

  auto *tabs = new QTabWidget(this);
  tabs->setObjectName(QStringLiteral("settingsTabs"));
  tabs->addTab(modelPage, tr("&Model"));
  tabs->addTab(answersPage, tr("&Answers"));
  tabs->addTab(appearancePage, tr("A&ppearance"));

  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, [this] {
    apply();
    accept();
  });
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto *layout = new QVBoxLayout(this);
  layout->addWidget(tabs);
  layout->addWidget(buttons);
  resize(560, sizeHint().height());
  load();
}

QStringList SettingsDialog::availableLanguages() {
  QStringList codes;
  const QStringList folders = {
      QStringLiteral(":/i18n"), QCoreApplication::applicationDirPath() + QStringLiteral("/translations"),
      QCoreApplication::applicationDirPath() + QStringLiteral("/../share/mdi-chat/translations")};
  for (const QString &folder : folders) {
    const QStringList files = QDir(folder).entryList({QStringLiteral("mdi-chat_*.qm")}, QDir::Files);
    for (const QString &file : files) {
      const QString code = file.mid(9, file.size() - 9 - 3);
      if (!code.isEmpty() && !codes.contains(code))
        codes.append(code);
    }
  }
  codes.sort();
  return codes;
}

void SettingsDialog::load() {
  m_modelDirectory->setText(QDir::toNativeSeparators(m_settings.modelDirectory()));
  m_dtype->setCurrentIndex(qMax(0, m_dtype->findData(m_settings.computeDtype())));
  m_threads->setValue(m_settings.threads());
  m_temperature->setValue(m_settings.temperature());
  m_topK->setValue(m_settings.topK());
  m_topP->setValue(m_settings.topP());
  m_minP->setValue(m_settings.minP());
  m_repetitionPenalty->setValue(m_settings.repetitionPenalty());
  m_maxNewTokens->setValue(m_settings.maxNewTokens());
  m_systemPrompt->setPlainText(m_settings.systemPrompt());
  m_maxImagePixels->setValue(int(m_settings.maxImagePixels()));
  int language = m_language->findData(m_settings.language());
  if (language < 0) {
    m_language->addItem(m_settings.language(), m_settings.language());
    language = m_language->count() - 1;
  }
  m_language->setCurrentIndex(language);
  m_theme->setCurrentIndex(qMax(0, m_theme->findData(m_settings.theme())));
}

void SettingsDialog::apply() {
  const QString directory = m_modelDirectory->text().trimmed();
  m_settings.setModelDirectory(directory.isEmpty() ? QString() : QDir::fromNativeSeparators(directory));
  m_settings.setComputeDtype(m_dtype->currentData().toString());
  m_settings.setThreads(m_threads->value());
  m_settings.setTemperature(m_temperature->value());
  m_settings.setTopK(m_topK->value());
  m_settings.setTopP(m_topP->value());
  m_settings.setMinP(m_minP->value());
  m_settings.setRepetitionPenalty(m_repetitionPenalty->value());
  m_settings.setMaxNewTokens(m_maxNewTokens->value());
  m_settings.setSystemPrompt(m_systemPrompt->toPlainText());
  m_settings.setMaxImagePixels(m_maxImagePixels->value());
  m_settings.setLanguage(m_language->currentData().toString());
  m_settings.setTheme(m_theme->currentData().toString());
  m_settings.sync();
}

void SettingsDialog::chooseModelDirectory() {
  const QString start = m_modelDirectory->text().isEmpty() ? QDir::homePath() : m_modelDirectory->text();
  const QString directory = QFileDialog::getExistingDirectory(this, tr("Choose the Model Folder"), start);
  if (!directory.isEmpty())
    m_modelDirectory->setText(QDir::toNativeSeparators(directory));
}

} // namespace mdi
