#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;
class QSpinBox;
class QToolButton;

namespace mdi {

// A PDF waiting in the composer: its first page as a thumbnail, its name, which of its pages go
// with the message (first and last, in two spin boxes) out of how many, and a button to remove
// it. The pages themselves are images the composer renders and keeps; a change of range is
// asked for with rangeRequested once the person has stopped changing the numbers for a moment,
// and while the composer renders it the chip says so. The composer may refuse a range (too many
// pages for the model's context) and put the old one back with setRange().
class PdfChip : public QFrame {
  Q_OBJECT
public:
  static constexpr int kSettleMs = 400; // the pause after the last change before it is asked for

  PdfChip(const QString &fileName, int pageCount, QWidget *parent = nullptr);

  QString fileName() const { return m_fileName; }
  int pageCount() const { return m_pageCount; }
  int firstPage() const;
  int lastPage() const;
  // Shows this range without asking for it.
  void setRange(int first, int last);
  void setThumbnail(const QString &imagePath);
  // While pages are being rendered: the range cannot change.
  void setBusy(bool busy);
  bool isBusy() const { return m_busy; }

  QSpinBox *firstSpin() const { return m_first; }
  QSpinBox *lastSpin() const { return m_last; }
  QToolButton *removeButton() const { return m_remove; }

Q_SIGNALS:
  void rangeRequested(int first, int last);
  void removeRequested();

protected:
  void paintEvent(QPaintEvent *event) override;
  void changeEvent(QEvent *event) override;

private:
  void retranslateUi();
  void onEdited();

  QString m_fileName;
  int m_pageCount;
  bool m_busy = false;
  bool m_settingRange = false;
  QLabel *m_thumb;
  QLabel *m_name;
  QLabel *m_pagesLabel;
  QLabel *m_ofLabel;
  QSpinBox *m_first;
  QSpinBox *m_last;
  QToolButton *m_remove;
  QTimer m_settle;
};

} // namespace mdi
