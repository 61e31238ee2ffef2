#pragma once

#include <QList>
#include <QString>

namespace mdi {

// The normalizer step of a tokenizer.json: a sequence of Unicode normalization forms (Qwen2: NFC)
// applied to text before pre-tokenization. Long texts are normalized in pieces, so a megabyte of
// text that changes much under normalization stays linear.
class UnicodeNormalizer {
public:
  void append(QString::NormalizationForm form) { m_forms.append(form); }
  bool isEmpty() const { return m_forms.isEmpty(); }
  QString apply(QString text) const;

private:
  QList<QString::NormalizationForm> m_forms;
};

} // namespace mdi
