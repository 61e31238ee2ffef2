#include "settings/settingsdialog.h"

#include "common/icons.h"
#include "model/modelconfig.h"
#include "store/appsettings.h"
#include "util/languagemanager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
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

QDoubleSpinBox *doubleBox(double max, int decimals, double step, QWidget *parent) {
  auto *box = new QDoubleSpinBox(parent);
  box->setRange(0, max);
  box->setDecimals(decimals);
  box->setSingleStep(step);
  return box;
}

QSpinBox *intBox(int max, QWidget *parent) {
  auto *box = new QSpinBox(parent);
  box->setRange(0, max);
  return box;
}

QLabel *hint(QWidget *parent) {
  auto *label = new QLabel(parent);
  label->setWordWrap(true);
  label->setEnabled(false);
  return label;
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings &settings, QWidget *parent) :
    QDialog(parent), m_settings(settings), m_modelDirectory(new QLineEdit(this)), m_dtype(new QComboBox(this)),
    m_threads(intBox(AppSettings::kMaxThreads, this)),
    m_temperature(doubleBox(AppSettings::kMaxTemperature, 2, 0.05, this)), m_topK(intBox(AppSettings::kMaxTopK, this)),
    m_topP(doubleBox(1.0, 3, 0.01, this)), m_minP(doubleBox(1.0, 3, 0.01, this)),
    m_repetitionPenalty(doubleBox(AppSettings::kMaxRepetitionPenalty, 2, 0.05, this)),
    m_maxNewTokens(intBox(AppSettings::kMaxNewTokens, this)), m_systemPrompt(new QPlainTextEdit(this)),
    m_maxImagePixels(new QSpinBox(this)), m_language(new QComboBox(this)), m_theme(new QComboBox(this)),
    m_apiEnabled(new QCheckBox(this)), m_apiPort(new QSpinBox(this)), m_apiKey(new QLineEdit(this)) {
  setObjectName(QStringLiteral("settingsDialog"));
  translate([this] { setWindowTitle(tr("Settings")); });

  // Model
  m_modelDirectory->setObjectName(QStringLiteral("modelDirectoryEdit"));
  translate([this] {
    m_modelDirectory->setAccessibleName(tr("Model folder"));
    m_modelDirectory->setPlaceholderText(tr("Folder with config.json and *.safetensors"));
  });
  auto *browse = new QToolButton(this);
  browse->setObjectName(QStringLiteral("browseModelButton"));
  browse->setIcon(Icons::icon(QStringLiteral("folder")));
  browse->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  translate([browse] {
    browse->setText(tr("Browse…"));
    browse->setAccessibleName(tr("Choose the model folder"));
  });
  connect(browse, &QToolButton::clicked, this, &SettingsDialog::chooseModelDirectory);
  auto *folderRow = new QHBoxLayout;
  folderRow->addWidget(m_modelDirectory, 1);
  folderRow->addWidget(browse);
  m_modelDirectoryError = new QLabel(this);
  m_modelDirectoryError->setObjectName(QStringLiteral("modelDirectoryError"));
  m_modelDirectoryError->setWordWrap(true);
  m_modelDirectoryError->setStyleSheet(QStringLiteral("color: #c62828;"));
  m_modelDirectoryError->hide();
  connect(m_modelDirectory, &QLineEdit::textEdited, m_modelDirectoryError, &QWidget::hide);

  m_dtype->setObjectName(QStringLiteral("dtypeBox"));
  for (const char *name : {"auto", "best", "q8", "q4"})
    m_dtype->addItem(QString(), QString::fromLatin1(name));
  m_threads->setObjectName(QStringLiteral("threadsBox"));
  translate([this] {
    m_dtype->setAccessibleName(tr("Compute precision"));
    m_dtype->setItemText(0, tr("Automatic (recommended)"));
    m_dtype->setItemText(1, tr("Best quality (bf16/f32)"));
    m_dtype->setItemText(2, tr("Balanced (8-bit)"));
    m_dtype->setItemText(3, tr("Smallest (4-bit)"));
    m_dtype->setToolTip(tr("Automatic picks the fastest weight format that keeps quality on this computer: 8-bit "
                           "for the language model, the checkpoint's own precision for the vision tower."));
    m_threads->setSpecialValueText(tr("Automatic"));
    m_threads->setAccessibleName(tr("Threads"));
    m_threads->setToolTip(tr("Threads for the computation; Automatic uses the physical cores (%1 logical here).")
                              .arg(QThread::idealThreadCount()));
  });
  m_maxImagePixels->setObjectName(QStringLiteral("maxImagePixelsBox"));
  m_maxImagePixels->setRange(int(AppSettings::kMinImagePixels), int(AppSettings::kMaxImagePixels));
  m_maxImagePixels->setSingleStep(28 * 28 * 64);
  m_maxImagePixels->setGroupSeparatorShown(true);
  translate([this] {
    m_maxImagePixels->setAccessibleName(tr("Maximum image size in pixels"));
    m_maxImagePixels->setSuffix(tr(" pixels"));
    m_maxImagePixels->setToolTip(tr("Larger images are scaled down to this many pixels before the model sees them. "
                                    "More pixels show more detail but take more time and context."));
  });

  auto *modelPage = new QWidget;
  auto *modelForm = new QFormLayout(modelPage);
  modelForm->addRow(label(QT_TR_NOOP("Model &folder:"), modelPage, m_modelDirectory), folderRow);
  modelForm->addRow(QString(), m_modelDirectoryError);
  modelForm->addRow(label(QT_TR_NOOP("&Precision:"), modelPage, m_dtype), m_dtype);
  modelForm->addRow(label(QT_TR_NOOP("&Threads:"), modelPage, m_threads), m_threads);
  modelForm->addRow(label(QT_TR_NOOP("Maximum &image size:"), modelPage, m_maxImagePixels), m_maxImagePixels);
  auto *modelHint = hint(modelPage);
  translate([modelHint] {
    modelHint->setText(tr("Changes to the model, precision, threads or image size reload the model."));
  });
  modelForm->addRow(modelHint);

  // Answers
  m_temperature->setObjectName(QStringLiteral("temperatureBox"));
  m_topK->setObjectName(QStringLiteral("topKBox"));
  m_topP->setObjectName(QStringLiteral("topPBox"));
  m_minP->setObjectName(QStringLiteral("minPBox"));
  m_repetitionPenalty->setObjectName(QStringLiteral("repetitionPenaltyBox"));
  m_maxNewTokens->setObjectName(QStringLiteral("maxNewTokensBox"));
  m_systemPrompt->setObjectName(QStringLiteral("systemPromptEdit"));
  translate([this] {
    for (QAbstractSpinBox *box : std::initializer_list<QAbstractSpinBox *>{m_temperature, m_topK, m_topP, m_minP,
                                                                           m_repetitionPenalty, m_maxNewTokens})
      box->setSpecialValueText(tr("Model default"));
    m_temperature->setAccessibleName(tr("Temperature"));
    m_topK->setAccessibleName(tr("Top-k"));
    m_topP->setAccessibleName(tr("Top-p"));
    m_minP->setAccessibleName(tr("Min-p"));
    m_repetitionPenalty->setAccessibleName(tr("Repetition penalty"));
    m_maxNewTokens->setAccessibleName(tr("Maximum new tokens"));
    m_systemPrompt->setAccessibleName(tr("Default system prompt"));
    m_systemPrompt->setPlaceholderText(tr("Empty: the model's own default (\"You are a helpful assistant.\")"));
  });
  m_systemPrompt->setTabChangesFocus(true);
  m_systemPrompt->setMaximumHeight(fontMetrics().lineSpacing() * 6);
  auto *answersPage = new QWidget;
  auto *answersForm = new QFormLayout(answersPage);
  answersForm->addRow(label(QT_TR_NOOP("T&emperature:"), answersPage, m_temperature), m_temperature);
  answersForm->addRow(label(QT_TR_NOOP("Top-&k:"), answersPage, m_topK), m_topK);
  answersForm->addRow(label(QT_TR_NOOP("Top-&p:"), answersPage, m_topP), m_topP);
  answersForm->addRow(label(QT_TR_NOOP("&Min-p:"), answersPage, m_minP), m_minP);
  answersForm->addRow(label(QT_TR_NOOP("&Repetition penalty:"), answersPage, m_repetitionPenalty), m_repetitionPenalty);
  answersForm->addRow(label(QT_TR_NOOP("Maximum &new tokens:"), answersPage, m_maxNewTokens), m_maxNewTokens);
  answersForm->addRow(label(QT_TR_NOOP("&System prompt:"), answersPage, m_systemPrompt), m_systemPrompt);
  auto *answersHint = hint(answersPage);
  translate([answersHint] {
    answersHint->setText(tr("\"Model default\" takes the value from the model's generation_config.json. Setting "
                            "temperature, top-k, top-p or min-p replaces the model's values of all four: those left "
                            "at \"Model default\" are then 1 or off. The system prompt applies to new "
                            "conversations."));
  });
  answersForm->addRow(answersHint);

  // Appearance. Languages are named in themselves, so they stay as they are in every language.
  m_language->setObjectName(QStringLiteral("languageBox"));
  m_language->addItem(QString(), QString());
  for (const LanguageManager::Language &l : LanguageManager::languages())
    m_language->addItem(l.nativeName, l.code);
  m_theme->setObjectName(QStringLiteral("themeBox"));
  m_theme->addItem(QString(), QStringLiteral("system"));
  m_theme->addItem(QString(), QStringLiteral("light"));
  m_theme->addItem(QString(), QStringLiteral("dark"));
  translate([this] {
    m_language->setAccessibleName(tr("Language"));
    m_language->setItemText(0, tr("System default"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->setItemText(0, tr("System"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
  });
  auto *appearancePage = new QWidget;
  auto *appearanceForm = new QFormLayout(appearancePage);
  appearanceForm->addRow(label(QT_TR_NOOP("&Language:"), appearancePage, m_language), m_language);
  appearanceForm->addRow(label(QT_TR_NOOP("T&heme:"), appearancePage, m_theme), m_theme);

  // Local API: off by default; loopback only (the window starts and stops the server).
  m_apiEnabled->setObjectName(QStringLiteral("localApiCheck"));
  m_apiPort->setObjectName(QStringLiteral("localApiPortBox"));
  m_apiPort->setRange(1, 65535);
  m_apiKey->setObjectName(QStringLiteral("localApiKeyEdit"));
  m_apiKey->setEchoMode(QLineEdit::PasswordEchoOnEdit);
  m_apiKey->setMaxLength(AppSettings::kMaxApiKeyLength);
  auto *apiPage = new QWidget;
  auto *apiForm = new QFormLayout(apiPage);
  apiForm->addRow(m_apiEnabled);
  apiForm->addRow(label(QT_TR_NOOP("P&ort:"), apiPage, m_apiPort), m_apiPort);
  apiForm->addRow(label(QT_TR_NOOP("API &key:"), apiPage, m_apiKey), m_apiKey);
  auto *apiHint = hint(apiPage);
  translate([this, apiHint] {
    m_apiEnabled->setText(tr("&Serve the loaded model to programs on this computer"));
    m_apiEnabled->setAccessibleName(tr("Local API"));
    m_apiPort->setAccessibleName(tr("Local API port"));
    m_apiKey->setAccessibleName(tr("Local API key"));
    m_apiKey->setPlaceholderText(tr("None: every program on this computer may use it"));
    apiHint->setText(tr("OpenAI-compatible chat completions with images at http://127.0.0.1:PORT/v1, for scripts "
                        "and other tools. Only this computer can connect; with a key, requests must send "
                        "\"Authorization: Bearer KEY\"."));
  });
  apiForm->addRow(apiHint);
  auto enableApiFields = [this](bool on) {
    m_apiPort->setEnabled(on);
    m_apiKey->setEnabled(on);
  };
  connect(m_apiEnabled, &QCheckBox::toggled, this, enableApiFields);

  auto *tabs = new QTabWidget(this);
  tabs->setObjectName(QStringLiteral("settingsTabs"));
  tabs->addTab(modelPage, QString());
  tabs->addTab(answersPage, QString());
  tabs->addTab(appearancePage, QString());
  translate([tabs] {
    tabs->setTabText(0, tr("&Model"));
    tabs->setTabText(1, tr("&Answers"));
    tabs->setTabText(2, tr("A&ppearance"));
  });
  const int apiTab = tabs->addTab(apiPage, QString());
  translate([tabs, apiTab] { tabs->setTabText(apiTab, tr("&Local API")); });

  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, [this] {
    if (const QString problem = checkModelDirectory(); !problem.isEmpty()) {
      m_modelDirectoryError->setText(problem);
      m_modelDirectoryError->show();
      m_modelDirectory->setFocus();
      return; // nothing applied: the loaded model stays
    }
    apply();
    accept();
  });
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto *layout = new QVBoxLayout(this);
  layout->addWidget(tabs);
  layout->addWidget(buttons);
  resize(560, sizeHint().height());
  load();
  enableApiFields(m_apiEnabled->isChecked());
}

void SettingsDialog::translate(std::function<void()> setTexts) {
  setTexts();
  m_retranslate.append(std::move(setTexts));
}

QLabel *SettingsDialog::label(const char *text, QWidget *parent, QWidget *buddy) {
  auto *formLabel = new QLabel(parent);
  // Without a buddy QLabel shows the '&' of the mnemonic literally and Alt+letter does nothing.
  formLabel->setBuddy(buddy);
  translate([formLabel, text] { formLabel->setText(tr(text)); });
  return formLabel;
}

void SettingsDialog::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange) {
    for (const auto &setTexts : std::as_const(m_retranslate))
      setTexts();
  }
  QDialog::changeEvent(event);
}

void SettingsDialog::load() {
  m_modelDirectory->setText(QDir::toNativeSeparators(m_settings.value(AppSettings::ModelDirectory)));
  // An explicit f32/bf16 from older settings (or mdi-run's names) is shown as "Best quality".
  const QString dtype = m_settings.value(AppSettings::ComputeDtype);
  const bool exact = dtype == QLatin1String("f32") || dtype == QLatin1String("bf16");
  m_dtype->setCurrentIndex(qMax(0, m_dtype->findData(exact ? QStringLiteral("best") : dtype)));
  m_threads->setValue(m_settings.value(AppSettings::Threads));
  m_temperature->setValue(m_settings.value(AppSettings::Temperature));
  m_topK->setValue(m_settings.value(AppSettings::TopK));
  m_topP->setValue(m_settings.value(AppSettings::TopP));
  m_minP->setValue(m_settings.value(AppSettings::MinP));
  m_repetitionPenalty->setValue(m_settings.value(AppSettings::RepetitionPenalty));
  m_maxNewTokens->setValue(m_settings.value(AppSettings::MaxNewTokens));
  m_systemPrompt->setPlainText(m_settings.value(AppSettings::SystemPrompt));
  m_maxImagePixels->setValue(int(m_settings.value(AppSettings::MaxImagePixels)));
  int language = m_language->findData(m_settings.value(AppSettings::Language));
  if (language < 0) {
    m_language->addItem(m_settings.value(AppSettings::Language), m_settings.value(AppSettings::Language));
    language = m_language->count() - 1;
  }
  m_language->setCurrentIndex(language);
  m_theme->setCurrentIndex(qMax(0, m_theme->findData(m_settings.value(AppSettings::Theme))));
  m_apiEnabled->setChecked(m_settings.value(AppSettings::LocalApiEnabled));
  m_apiPort->setValue(m_settings.value(AppSettings::LocalApiPort));
  m_apiKey->setText(m_settings.value(AppSettings::LocalApiKey));
}

void SettingsDialog::apply() {
  const QString directory = m_modelDirectory->text().trimmed();
  m_settings.setValue(AppSettings::ModelDirectory,
                      directory.isEmpty() ? QString() : QDir::fromNativeSeparators(directory));
  m_settings.setValue(AppSettings::ComputeDtype, m_dtype->currentData().toString());
  m_settings.setValue(AppSettings::Threads, m_threads->value());
  m_settings.setValue(AppSettings::Temperature, m_temperature->value());
  m_settings.setValue(AppSettings::TopK, m_topK->value());
  m_settings.setValue(AppSettings::TopP, m_topP->value());
  m_settings.setValue(AppSettings::MinP, m_minP->value());
  m_settings.setValue(AppSettings::RepetitionPenalty, m_repetitionPenalty->value());
  m_settings.setValue(AppSettings::MaxNewTokens, m_maxNewTokens->value());
  m_settings.setValue(AppSettings::SystemPrompt, m_systemPrompt->toPlainText());
  m_settings.setValue(AppSettings::MaxImagePixels, m_maxImagePixels->value());
  m_settings.setValue(AppSettings::Language, m_language->currentData().toString());
  m_settings.setValue(AppSettings::Theme, m_theme->currentData().toString());
  m_settings.setValue(AppSettings::LocalApiEnabled, m_apiEnabled->isChecked());
  m_settings.setValue(AppSettings::LocalApiPort, m_apiPort->value());
  m_settings.setValue(AppSettings::LocalApiKey, m_apiKey->text());
  m_settings.sync();
}

QString SettingsDialog::checkModelDirectory() const {
  const QString text = m_modelDirectory->text().trimmed();
  if (text.isEmpty())
    return {}; // no model: the app offers to find one
  const QString directory = QDir::fromNativeSeparators(text);
  if (QDir(directory).absolutePath() == QDir(m_settings.value(AppSettings::ModelDirectory)).absolutePath())
    return {}; // unchanged
  const QString shown = QDir::toNativeSeparators(directory);
  if (!QFileInfo(directory).isDir())
    return tr("The model folder %1 does not exist.").arg(shown);
  auto config = ModelConfig::loadFromDirectory(directory);
  if (!config)
    return tr("%1 is not a model folder: %2").arg(shown, config.error());
  const QDir dir(directory);
  if (dir.entryList({QStringLiteral("*.safetensors")}, QDir::Files).isEmpty())
    return tr("%1 is not a model folder: it holds no *.safetensors weights.").arg(shown);
  if (!dir.exists(QStringLiteral("tokenizer.json")))
    return tr("%1 is not a model folder: it has no tokenizer.json.").arg(shown);
  return {};
}

void SettingsDialog::chooseModelDirectory() {
  const QString start = m_modelDirectory->text().isEmpty() ? QDir::homePath() : m_modelDirectory->text();
  const QString directory = QFileDialog::getExistingDirectory(this, tr("Choose the Model Folder"), start);
  if (!directory.isEmpty())
    m_modelDirectory->setText(QDir::toNativeSeparators(directory));
}

} // namespace mdi
