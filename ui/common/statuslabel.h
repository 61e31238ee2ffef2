#pragma once

#include <QLabel>

namespace mdi {

// One item of the main window's status bar: a line of plain text that never overlaps its
// neighbours. Text that does not fit is elided at the end and the whole text goes to the tooltip
// (above the item's own tooltip). A thin line on its left separates it from the item before it
// (scripts without spaces between words would otherwise run together), and with no text the item
// hides, its separator with it. A QLabel, so text() reads as any label's; set the text through
// this class (setText, clear), which keeps the tooltip and the visibility right.
class StatusLabel : public QLabel {
  Q_OBJECT
public:
  explicit StatusLabel(QWidget *parent = nullptr);

  void setText(const QString &text);
  void clear() { setText(QString()); }
  // The tooltip shown when the text fits (the full text goes before it when it does not).
  void setDetails(const QString &details);
  QString details() const { return m_details; }
  void setSeparator(bool separator);
  bool hasSeparator() const { return m_separator; }
  // Whether the text is cut to fit now.
  bool isElided() const;
  // The text as drawn at the present width.
  QString shownText() const;

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

protected:
  void paintEvent(QPaintEvent *event) override;
  void resizeEvent(QResizeEvent *event) override;
  void changeEvent(QEvent *event) override;

private:
  int textWidth() const;
  void updateToolTip();

  QString line() const; // the text on one line
  QString m_details;
  bool m_separator = true;
};

} // namespace mdi
