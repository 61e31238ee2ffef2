#pragma once

#include "chat/samplingpreset.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace mdi {

class ChatController;

// The settings of one conversation (or of the new chat before its first message): how its
// answers draw words, as a preset in words (As in Settings, Precise, Balanced, Creative) with the
// numbers each gives with the loaded model right under it, and its own system prompt. Numbers
// set one by one in the conversation's stored sampling stay until a preset is picked. OK applies
// through ChatController::setConversationSettings; a refusal is shown in the dialog, which then
// stays open.
class ConversationSettingsDialog : public QDialog {
  Q_OBJECT
public:
  ConversationSettingsDialog(ChatController &controller, qint64 conversationId, QWidget *parent = nullptr);

  QRadioButton *presetButton(SamplingPreset::Kind kind) const { return m_buttons.value(kind); }
  QLabel *numbersLabel(SamplingPreset::Kind kind) const { return m_numbers.value(kind); }
  QPlainTextEdit *systemPromptEdit() const { return m_systemPrompt; }
  QLabel *errorLabel() const { return m_error; }
  // The sampling object OK would store.
  QJsonObject chosenSampling() const;

  void accept() override;

protected:
  void changeEvent(QEvent *event) override;

private:
  void retranslateUi();
  SamplingPreset::Kind chosenKind() const;

  ChatController &m_controller;
  qint64 m_conversationId;
  QJsonObject m_sampling; // as stored
  SamplingPreset::Kind m_storedKind = SamplingPreset::Kind::None;
  QLabel *m_samplingTitle;
  QLabel *m_promptTitle;
  QLabel *m_promptHint;
  QButtonGroup *m_group;
  QHash<SamplingPreset::Kind, QRadioButton *> m_buttons;
  QHash<SamplingPreset::Kind, QLabel *> m_numbers;
  QPlainTextEdit *m_systemPrompt;
  QLabel *m_error;
};

} // namespace mdi
