#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace mdi {

// A notice at the top of the chat area while no model is ready: on first start it explains that
// a model folder is needed and offers a button to choose one; after a failed load it says why.
class ModelPrompt : public QFrame {
  Q_OBJECT
public:
  explicit ModelPrompt(QWidget *parent = nullptr);

  void showNoModel();
  void showLoading(const QString &directory);
  void showFailed(const QString &error);

  QLabel *titleLabel() const { return m_title; }
  QLabel *textLabel() const { return m_text; }
  QPushButton *chooseButton() const { return m_choose; }

Q_SIGNALS:
  void chooseFolderRequested();

protected:
  void paintEvent(QPaintEvent *event) override;
  void changeEvent(QEvent *event) override;

private:
  enum class Shown { NoModel, Loading, Failed };
  void retranslateUi();

  QLabel *m_title;
  QLabel *m_text;
  QPushButton *m_choose;
  Shown m_shown = Shown::NoModel;
  QString m_detail; // the folder being loaded, or why loading failed
};

} // namespace mdi
