#include "util/jsonreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace mdi {

Expected<QJsonObject> JsonReader::readObjectFile(const QString &path, qint64 maxBytes) {
  const QString name = QFileInfo(path).fileName();
  QFile file(path);
  if (!file.exists())
    return makeError(QCoreApplication::translate("JsonReader", "%1: file not found (%2)").arg(name, path));
  if (!file.open(QIODevice::ReadOnly))
    return makeError(QCoreApplication::translate("JsonReader", "%1: cannot open: %2").arg(name, file.errorString()));
  if (file.size() > maxBytes)
    return makeError(QCoreApplication::translate("JsonReader", "%1: file is too large (%2 bytes, limit %3)")
                         .arg(name)
                         .arg(file.size())
                         .arg(maxBytes));
  const QByteArray bytes = file.read(maxBytes + 1);
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
  if (parseError.error != QJsonParseError::NoError)
    return makeError(QCoreApplication::translate("JsonReader", "%1: invalid JSON at offset %2: %3")
                         .arg(name)
                         .arg(parseError.offset)
                         .arg(parseError.errorString()));
  if (!doc.isObject())
    return makeError(QCoreApplication::translate("JsonReader", "%1: the top level is not a JSON object").arg(name));
  return doc.object();
}

JsonReader::JsonReader(QJsonObject object, QString fileName, QString prefix) :
    m_object(std::move(object)), m_fileName(std::move(fileName)), m_prefix(std::move(prefix)) {}

void JsonReader::fail(const QString &key, const QString &problem) {
  if (m_error.isEmpty())
    m_error = QCoreApplication::translate("JsonReader", "%1: field '%2' %3").arg(m_fileName, fieldName(key), problem);
}

QJsonValue JsonReader::take(const QString &key, bool required) {
  const QJsonValue value = m_object.value(key);
  if (required && (value.isUndefined() || value.isNull()))
    fail(key, QCoreApplication::translate("JsonReader", "is missing"));
  return value;
}

static bool isIntegral(const QJsonValue &v) {
  if (!v.isDouble())
    return false;
  const double d = v.toDouble();
  return std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15;
}

qint64 JsonReader::requireInt(const QString &key) {
  const QJsonValue v = take(key, true);
  if (v.isUndefined() || v.isNull())
    return 0;
  if (!isIntegral(v)) {
    fail(key, QCoreApplication::translate("JsonReader", "must be an integer"));
    return 0;
  }
  return static_cast<qint64>(v.toDouble());
}

qint64 JsonReader::optionalInt(const QString &key, qint64 fallback) {
  const QJsonValue v = take(key, false);
  if (v.isUndefined() || v.isNull())
    return fallback;
  if (!isIntegral(v)) {
    fail(key, QCoreApplication::translate("JsonReader", "must be an integer"));
    return fallback;
  }
  return static_cast<qint64>(v.toDouble());
}

double JsonReader::requireDouble(const QString &key) {
  const QJsonValue v = take(key, true);
  if (v.isUndefined() || v.isNull())
    return 0;
  if (!v.isDouble()) {
    fail(key, QCoreApplication::translate("JsonReader", "must be a number"));
    return 0;
  }
  return v.toDouble();
}

double JsonReader::optionalDouble(const QString &key, double fallback) {
  const QJsonValue v = take(key, false);
  if (v.isUndefined() || v.isNull())
    return fallback;
  if (!v.isDouble()) {
    fail(key, QCoreApplication::translate("JsonReader", "must be a number"));
    return fallback;
  }
  return v.toDouble();
}

bool JsonReader::optionalBool(const QString &key, bool fallback) {
  const QJsonValue v = take(key, false);
  if (v.isUndefined() || v.isNull())
    return fallback;
  if (!v.isBool()) {
    fail(key, QCoreApplication::translate("JsonReader", "must be true or false"));
    return fallback;
  }
  return v.toBool();
}

QString JsonReader::requireString(const QString &key) {
  const QJsonValue v = take(key, true);
  if (v.isUndefined() || v.isNull())
    return {};
  if (!v.isString()) {
    fail(key, QCoreApplication::translate("JsonReader", "must be a string"));
    return {};
  }
  return v.toString();
}

QString JsonReader::optionalString(const QString &key, const QString &fallback) {
  const QJsonValue v = take(key, false);
  if (v.isUndefined() || v.isNull())
    return fallback;
  if (!v.isString()) {
    fail(key, QCoreApplication::translate("JsonReader", "must be a string"));
    return fallback;
  }
  return v.toString();
}

QList<qint64> JsonReader::optionalIntList(const QString &key) {
  const QJsonValue v = take(key, false);
  if (v.isUndefined() || v.isNull())
    return {};
  if (isIntegral(v))
    return {static_cast<qint64>(v.toDouble())};
  if (!v.isArray()) {
    fail(key, QCoreApplication::translate("JsonReader", "must be an integer or a list of integers"));
    return {};
  }
  QList<qint64> out;
  for (const QJsonValue &item : v.toArray()) {
    if (!isIntegral(item)) {
      fail(key, QCoreApplication::translate("JsonReader", "must hold only integers"));
      return {};
    }
    out.append(static_cast<qint64>(item.toDouble()));
  }
  return out;
}

QList<qint64> JsonReader::requireIntList(const QString &key) {
  if (!m_object.contains(key) || m_object.value(key).isNull()) {
    fail(key, QCoreApplication::translate("JsonReader", "is missing"));
    return {};
  }
  return optionalIntList(key);
}

QList<double> JsonReader::requireDoubleList(const QString &key) {
  const QJsonValue v = take(key, true);
  if (v.isUndefined() || v.isNull())
    return {};
  if (!v.isArray()) {
    fail(key, QCoreApplication::translate("JsonReader", "must be a list of numbers"));
    return {};
  }
  QList<double> out;
  for (const QJsonValue &item : v.toArray()) {
    if (!item.isDouble()) {
      fail(key, QCoreApplication::translate("JsonReader", "must hold only numbers"));
      return {};
    }
    out.append(item.toDouble());
  }
  return out;
}

QJsonObject JsonReader::optionalObject(const QString &key) {
  const QJsonValue v = take(key, false);
  if (v.isUndefined() || v.isNull())
    return {};
  if (!v.isObject()) {
    fail(key, QCoreApplication::translate("JsonReader", "must be an object"));
    return {};
  }
  return v.toObject();
}

} // namespace mdi
