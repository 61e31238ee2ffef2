#pragma once

#include <QPlainTextEdit>

#include <functional>

namespace mdi {

// The composer's text field. Pasted or dropped content goes to one handler (images, image
// files and text alike), so Ctrl+V and drag-and-drop behave the same everywhere.
class ComposerEditor : public QPlainTextEdit {
  Q_OBJECT
public:
  explicit ComposerEditor(QWidget *parent = nullptr);

  // Called for every paste and drop; returns true when it took the data.
  void setMimeHandler(std::function<bool(const QMimeData *)> handler) { m_handler = std::move(handler); }

  QSize sizeHint() const override;

protected:
  bool canInsertFromMimeData(const QMimeData *source) const override;
  void insertFromMimeData(const QMimeData *source) override;

private:
  std::function<bool(const QMimeData *)> m_handler;
};

} // namespace mdi
