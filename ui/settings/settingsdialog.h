#pragma once

#include <QDialog>
#include <QList>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace mdi {

class AppSettings;

// The settings over AppSettings: model folder (with a folder picker), compute dtype, threads,
// sampling defaults (0 = the model's own), default system prompt, maximum image size,
// language and theme, and the local API (on or off, port, key). OK writes them; the window then
// applies the language, the theme and the local API at once and reloads the model if its settings
// changed.
class SettingsDialog : public QDialog {
  Q_OBJECT
public:
  explicit SettingsDialog(AppSettings &settings, QWidget *parent = nullptr);

  // Writes the fields to the settings (what OK does, once the model folder passed check()).
  void apply();
  // Why the model folder field cannot be used (it changed and holds no model), or empty: checked
  // before anything is applied, so the model that works stays loaded.
  QString checkModelDirectory() const;
  QLabel *modelDirectoryError() const { return m_modelDirectoryError; }

  QLineEdit *modelDirectoryEdit() const { return m_modelDirectory; }
  QComboBox *dtypeBox() const { return m_dtype; }
  QSpinBox *threadsBox() const { return m_threads; }
  QDoubleSpinBox *temperatureBox() const { return m_temperature; }
  QSpinBox *topKBox() const { return m_topK; }
  QDoubleSpinBox *topPBox() const { return m_topP; }
  QDoubleSpinBox *minPBox() const { return m_minP; }
  QDoubleSpinBox *repetitionPenaltyBox() const { return m_repetitionPenalty; }
  QSpinBox *maxNewTokensBox() const { return m_maxNewTokens; }
  QPlainTextEdit *systemPromptEdit() const { return m_systemPrompt; }
  QSpinBox *maxImagePixelsBox() const { return m_maxImagePixels; }
  QComboBox *languageBox() const { return m_language; }
  QComboBox *themeBox() const { return m_theme; }
  QCheckBox *localApiCheck() const { return m_apiEnabled; }
  QSpinBox *localApiPortBox() const { return m_apiPort; }
  QLineEdit *localApiKeyEdit() const { return m_apiKey; }

protected:
  void changeEvent(QEvent *event) override;

private:
  // Runs setTexts now and again on each QEvent::LanguageChange.
  void translate(std::function<void()> setTexts);
  // A form label whose text (marked with QT_TR_NOOP) follows the language.
  // A form label whose mnemonic (&) focuses `buddy`.
  QLabel *label(const char *text, QWidget *parent, QWidget *buddy);
  void load();
  void chooseModelDirectory();

  AppSettings &m_settings;
  QLineEdit *m_modelDirectory;
  QLabel *m_modelDirectoryError;
  QComboBox *m_dtype;
  QSpinBox *m_threads;
  QDoubleSpinBox *m_temperature;
  QSpinBox *m_topK;
  QDoubleSpinBox *m_topP;
  QDoubleSpinBox *m_minP;
  QDoubleSpinBox *m_repetitionPenalty;
  QSpinBox *m_maxNewTokens;
  QPlainTextEdit *m_systemPrompt;
  QSpinBox *m_maxImagePixels;
  QComboBox *m_language;
  QComboBox *m_theme;
  QCheckBox *m_apiEnabled;
  QSpinBox *m_apiPort;
  QLineEdit *m_apiKey;
  QList<std::function<void()>> m_retranslate;
};

} // namespace mdi
