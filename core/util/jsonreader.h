#pragma once

#include "util/expected.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace mdi {

// Reads typed fields from a JSON object and remembers the first problem, with a message that
// names the file and the field ("config.json: field 'hidden_size' must be an integer").
// Lets parsers read many fields in a row and check for failure once.
class JsonReader {
public:
  // Reads and parses a JSON file whose top level must be an object; refuses files larger
  // than maxBytes before reading them.
  static Expected<QJsonObject> readObjectFile(const QString &path, qint64 maxBytes = 64 << 20);

  JsonReader(QJsonObject object, QString fileName, QString prefix = {});

  bool contains(const QString &key) const { return m_object.contains(key); }
  const QJsonObject &object() const { return m_object; }

  qint64 requireInt(const QString &key);
  qint64 optionalInt(const QString &key, qint64 fallback);
  double requireDouble(const QString &key);
  double optionalDouble(const QString &key, double fallback);
  bool optionalBool(const QString &key, bool fallback);
  QString requireString(const QString &key);
  QString optionalString(const QString &key, const QString &fallback = {});
  // Accepts a single integer or an array of integers.
  QList<qint64> optionalIntList(const QString &key);
  QList<qint64> requireIntList(const QString &key);
  QList<double> requireDoubleList(const QString &key);
  QJsonObject optionalObject(const QString &key);

  // Records a problem found by the caller (a value out of range, say).
  void fail(const QString &key, const QString &problem);

  // Takes over the first problem of a reader for a nested object, if this one has none yet.
  void adoptError(const JsonReader &nested) {
    if (m_error.isEmpty())
      m_error = nested.m_error;
  }

  bool failed() const { return !m_error.isEmpty(); }
  const QString &error() const { return m_error; }
  QString fieldName(const QString &key) const { return m_prefix + key; }

private:
  QJsonValue take(const QString &key, bool required);

  QJsonObject m_object;
  QString m_fileName;
  QString m_prefix;
  QString m_error;
};

} // namespace mdi
