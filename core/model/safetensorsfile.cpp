#include "model/safetensorsfile.h"

#include <QCoreApplication>
#include <QFileInfo>

#if defined(Q_OS_UNIX)
#include <sys/mman.h>
#include <unistd.h>
#endif
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <limits>

namespace mdi {

namespace {

struct DTypeName {
  DType dtype;
  const char *name;
  int size;
};
constexpr DTypeName kDTypes[] = {
    {DType::F64, "F64", 8}, {DType::F32, "F32", 4},   {DType::F16, "F16", 2}, {DType::BF16, "BF16", 2},
    {DType::I64, "I64", 8}, {DType::I32, "I32", 4},   {DType::I16, "I16", 2}, {DType::I8, "I8", 1},
    {DType::U8, "U8", 1},   {DType::Bool, "BOOL", 1},
};

// Lists the keys of the top-level JSON object in order, duplicates included (QJsonObject keeps
// only one of them). The text has already been accepted by QJsonDocument, so a small scanner
// that tracks nesting and strings is enough.
QStringList topLevelKeys(const QByteArray &json) {
  QStringList keys;
  int depth = 0;
  bool expectKey = false;
  for (qsizetype i = 0; i < json.size(); ++i) {
    const char c = json.at(i);
    if (c == '"') {
      qsizetype j = i + 1;
      while (j < json.size() && json.at(j) != '"')
        j += json.at(j) == '\\' ? 2 : 1;
      if (depth == 1 && expectKey) {
        // Let QJsonDocument decode escapes in the key.
        const QByteArray wrapped = '[' + json.mid(i, j - i + 1) + ']';
        keys.append(QJsonDocument::fromJson(wrapped).array().at(0).toString());
        expectKey = false;
      }
      i = j;
    } else if (c == '{' || c == '[') {
      ++depth;
      expectKey = depth == 1 && c == '{';
    } else if (c == '}' || c == ']') {
      --depth;
    } else if (c == ',' && depth == 1) {
      expectKey = true;
    }
  }
  return keys;
}

} // namespace

int dtypeSize(DType dtype) {
  for (const auto &d : kDTypes)
    if (d.dtype == dtype)
      return d.size;
  Q_UNREACHABLE();
  return 0;
}

QString dtypeName(DType dtype) {
  for (const auto &d : kDTypes)
    if (d.dtype == dtype)
      return QString::fromLatin1(d.name);
  return {};
}

std::optional<DType> dtypeFromName(const QString &name) {
  for (const auto &d : kDTypes)
    if (name == QLatin1String(d.name))
      return d.dtype;
  return std::nullopt;
}

qint64 TensorInfo::elementCount() const {
  qint64 n = 1;
  for (qint64 d : shape)
    n *= d;
  return n;
}

SafetensorsFile::~SafetensorsFile() {
  if (m_map)
    m_file.unmap(const_cast<uchar *>(m_map));
}

void SafetensorsFile::releasePages(const TensorInfo &info) const {
#if defined(Q_OS_UNIX)
  static const quintptr page = quintptr(sysconf(_SC_PAGESIZE));
  const quintptr begin = (reinterpret_cast<quintptr>(data(info)) + page - 1) / page * page;
  const quintptr end = (reinterpret_cast<quintptr>(data(info)) + quintptr(info.byteSize)) / page * page;
  if (end > begin)
    madvise(reinterpret_cast<void *>(begin), end - begin, MADV_DONTNEED); // a read-only mapping: nothing is lost
#else
  Q_UNUSED(info);
#endif
}

QString SafetensorsFile::fileName() const {
  return QFileInfo(m_path).fileName();
}

const TensorInfo *SafetensorsFile::find(const QString &name) const {
  const auto it = m_index.constFind(name);
  return it == m_index.constEnd() ? nullptr : &m_tensors.at(*it);
}

Expected<std::shared_ptr<SafetensorsFile>> SafetensorsFile::open(const QString &path) {
  std::shared_ptr<SafetensorsFile> file(new SafetensorsFile);
  file->m_path = path;
  file->m_file.setFileName(path);
  const QString name = QFileInfo(path).fileName();
  if (!file->m_file.exists())
    return makeError(tr("%1: file not found (%2)").arg(name, path));
  if (!file->m_file.open(QIODevice::ReadOnly))
    return makeError(tr("%1: cannot open: %2").arg(name, file->m_file.errorString()));
  file->m_size = file->m_file.size();
  if (file->m_size < 8)
    return makeError(tr("%1: not a safetensors file: %2 bytes is shorter than the 8-byte header length")
                         .arg(name)
                         .arg(file->m_size));
  file->m_map = file->m_file.map(0, file->m_size);
  if (!file->m_map)
    return makeError(tr("%1: cannot map the file into memory: %2").arg(name, file->m_file.errorString()));
  if (Status s = file->parse(); !s)
    return makeError(s.error());
  return file;
}

Status SafetensorsFile::parse() {
  const QString name = fileName();
  const quint64 headerLength = qFromLittleEndian<quint64>(m_map);
  if (headerLength > quint64(kMaxHeaderBytes))
    return makeError(tr("%1: header length %2 exceeds the limit of %3 bytes (corrupt file?)")
                         .arg(name)
                         .arg(headerLength)
                         .arg(kMaxHeaderBytes));
  if (headerLength > quint64(m_size - 8))
    return makeError(tr("%1: header length %2 runs past the end of the file (%3 bytes; truncated?)")
                         .arg(name)
                         .arg(headerLength)
                         .arg(m_size));
  const QByteArray header = QByteArray::fromRawData(reinterpret_cast<const char *>(m_map + 8), qsizetype(headerLength));
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(header, &parseError);
  if (parseError.error != QJsonParseError::NoError)
    return makeError(tr("%1: header is not valid JSON (offset %2: %3)")
                         .arg(name)
                         .arg(parseError.offset)
                         .arg(parseError.errorString()));
  if (!doc.isObject())
    return makeError(tr("%1: header is not a JSON object").arg(name));
  const QJsonObject root = doc.object();

  const QStringList keys = topLevelKeys(header);
  if (keys.size() != root.size()) {
    QSet<QString> seen;
    for (const QString &k : keys) {
      if (seen.contains(k))
        return makeError(tr("%1: tensor '%2' appears more than once in the header").arg(name, k));
      seen.insert(k);
    }
  }

  const qint64 dataStart = 8 + qint64(headerLength);
  const qint64 dataSize = m_size - dataStart;
  for (auto it = root.begin(); it != root.end(); ++it) {
    const QString tensorName = it.key();
    if (tensorName == QLatin1String("__metadata__")) {
      if (!it.value().isObject())
        return makeError(tr("%1: __metadata__ is not an object").arg(name));
      const QJsonObject meta = it.value().toObject();
      for (auto m = meta.begin(); m != meta.end(); ++m)
        m_metadata.insert(m.key(), m.value().toString());
      continue;
    }
    if (!it.value().isObject())
      return makeError(tr("%1: entry '%2' is not an object").arg(name, tensorName));
    const QJsonObject entry = it.value().toObject();
    TensorInfo info;
    info.name = tensorName;
    const QString dtype = entry.value(QStringLiteral("dtype")).toString();
    const auto parsed = dtypeFromName(dtype);
    if (!parsed)
      return makeError(tr("%1: tensor '%2' has unknown dtype '%3'").arg(name, tensorName, dtype));
    info.dtype = *parsed;
    const QJsonValue shapeValue = entry.value(QStringLiteral("shape"));
    if (!shapeValue.isArray())
      return makeError(tr("%1: tensor '%2' has no shape list").arg(name, tensorName));
    qint64 elements = 1;
    for (const QJsonValue &d : shapeValue.toArray()) {
      const double v = d.toDouble(-1);
      if (!d.isDouble() || v < 0 || v != std::floor(v) || v > double(m_size))
        return makeError(tr("%1: tensor '%2' has an invalid dimension in its shape").arg(name, tensorName));
      info.shape.append(qint64(v));
      if (qint64(v) != 0 && elements > m_size / qint64(v))
        return makeError(tr("%1: tensor '%2' is larger than the file").arg(name, tensorName));
      elements *= qint64(v);
    }
    const QJsonArray offsets = entry.value(QStringLiteral("data_offsets")).toArray();
    if (offsets.size() != 2 || !offsets.at(0).isDouble() || !offsets.at(1).isDouble())
      return makeError(tr("%1: tensor '%2' needs data_offsets [begin, end]").arg(name, tensorName));
    const double begin = offsets.at(0).toDouble(), end = offsets.at(1).toDouble();
    if (begin < 0 || end < begin || begin != std::floor(begin) || end != std::floor(end))
      return makeError(tr("%1: tensor '%2' has invalid data_offsets [%3, %4]")
                           .arg(name, tensorName)
                           .arg(begin, 0, 'f', 0)
                           .arg(end, 0, 'f', 0));
    if (end > double(dataSize))
      return makeError(tr("%1: tensor '%2' lies outside the data (ends at byte %3 of %4; truncated file?)")
                           .arg(name, tensorName)
                           .arg(end, 0, 'f', 0)
                           .arg(dataSize));
    info.offset = dataStart + qint64(begin);
    info.byteSize = qint64(end) - qint64(begin);
    if (elements * dtypeSize(info.dtype) != info.byteSize)
      return makeError(tr("%1: tensor '%2': shape x dtype size is %3 bytes but its byte range holds %4")
                           .arg(name, tensorName)
                           .arg(elements * dtypeSize(info.dtype))
                           .arg(info.byteSize));
    m_tensors.append(info);
  }

  // Empty tensors occupy no bytes (PyTorch gives them [x, x] where the next tensor starts), so
  // they sort first among equal offsets and take no part in the overlap check.
  std::sort(m_tensors.begin(), m_tensors.end(), [](const TensorInfo &a, const TensorInfo &b) {
    return a.offset != b.offset ? a.offset < b.offset : a.byteSize < b.byteSize;
  });
  const TensorInfo *previous = nullptr;
  for (const TensorInfo &t : std::as_const(m_tensors)) {
    if (t.byteSize == 0)
      continue;
    if (previous && previous->offset + previous->byteSize > t.offset)
      return makeError(tr("%1: the byte ranges of tensors '%2' and '%3' overlap").arg(name, previous->name, t.name));
    previous = &t;
  }
  for (qsizetype i = 0; i < m_tensors.size(); ++i)
    m_index.insert(m_tensors.at(i).name, i);
  return Status::ok();
}

} // namespace mdi
