#include "model/packedweightcache.h"

#include "util/sha256hasher.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QMutex>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtEndian>
#include <QtGlobal>

#include <cstring>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace mdi {

namespace {

constexpr char kMagic[8] = {'M', 'D', 'I', 'P', 'A', 'C', 'K', '1'};
constexpr int kIndexVersion = 1;
constexpr int kLockWaitMs = 5000;

// Header fields (little-endian): magic, packer version, format, source dtype name (zero-padded),
// rows, cols, packed bytes, source SHA-256; the rest up to kHeaderBytes is zero.
constexpr int kOffVersion = 8;
constexpr int kOffFormat = 12;
constexpr int kOffDtype = 16; // 8 bytes
constexpr int kOffRows = 24;
constexpr int kOffCols = 32;
constexpr int kOffBytes = 40;
constexpr int kOffSha = 48; // 32 bytes
constexpr int kHeaderUsed = 80;
static_assert(PackedWeightCache::kHeaderBytes % kernels::kPackAlignment == 0, "the packed bytes must stay aligned");

struct Shape {
  qint64 rows = 0;
  qint64 cols = 0;
};

// As TensorFactory::loadLinear reads a matrix: [out, in...], trailing dimensions flattened.
Shape matrixShape(const TensorRef &ref) {
  const qint64 rows = ref.shape().isEmpty() ? 0 : ref.shape().first();
  return {rows, rows > 0 ? ref.elementCount() / rows : 0};
}

// What the header must hold for a given request.
struct Expectation {
  QByteArray sha256;
  kernels::WeightFormat format;
  QByteArray dtype; // "BF16"...
  Shape shape;
};

QByteArray makeHeader(const Expectation &e) {
  QByteArray h(int(PackedWeightCache::kHeaderBytes), '\0');
  char *p = h.data();
  std::memcpy(p, kMagic, sizeof kMagic);
  qToLittleEndian<quint32>(quint32(PackedWeightCache::kPackerVersion), p + kOffVersion);
  qToLittleEndian<quint32>(quint32(e.format), p + kOffFormat);
  std::memcpy(p + kOffDtype, e.dtype.constData(), size_t(qMin<qsizetype>(e.dtype.size(), 8)));
  qToLittleEndian<qint64>(e.shape.rows, p + kOffRows);
  qToLittleEndian<qint64>(e.shape.cols, p + kOffCols);
  qToLittleEndian<qint64>(kernels::packedBytes(e.format, e.shape.rows, e.shape.cols), p + kOffBytes);
  std::memcpy(p + kOffSha, e.sha256.constData(), 32);
  return h;
}

enum class HeaderCheck { Valid, OtherTensor, Corrupt };

// Valid: the entry for exactly this request. OtherTensor: a sound entry, but for other source
// bytes' interpretation (the same bytes read as another dtype or shape; left alone). Corrupt:
// anything else, including a file size that does not match the header.
HeaderCheck checkHeader(const QByteArray &h, qint64 fileSize, const Expectation &e) {
  if (h.size() != PackedWeightCache::kHeaderBytes)
    return HeaderCheck::Corrupt;
  const char *p = h.constData();
  if (std::memcmp(p, kMagic, sizeof kMagic) != 0 ||
      qFromLittleEndian<quint32>(p + kOffVersion) != quint32(PackedWeightCache::kPackerVersion) ||
      qFromLittleEndian<quint32>(p + kOffFormat) != quint32(e.format) || QByteArray(p + kOffSha, 32) != e.sha256)
    return HeaderCheck::Corrupt;
  for (int i = kHeaderUsed; i < PackedWeightCache::kHeaderBytes; ++i)
    if (p[i] != 0)
      return HeaderCheck::Corrupt;
  const qint64 rows = qFromLittleEndian<qint64>(p + kOffRows);
  const qint64 cols = qFromLittleEndian<qint64>(p + kOffCols);
  const qint64 bytes = qFromLittleEndian<qint64>(p + kOffBytes);
  constexpr qint64 kMaxDim = qint64(1) << 31;
  if (rows <= 0 || cols <= 0 || rows > kMaxDim || cols > kMaxDim ||
      bytes != kernels::packedBytes(e.format, rows, cols) || fileSize != PackedWeightCache::kHeaderBytes + bytes)
    return HeaderCheck::Corrupt;
  QByteArray dtype(p + kOffDtype, 8);
  while (!dtype.isEmpty() && dtype.back() == '\0')
    dtype.chop(1);
  if (rows != e.shape.rows || cols != e.shape.cols || dtype != e.dtype)
    return HeaderCheck::OtherTensor;
  return HeaderCheck::Valid;
}

// An entry file opened for reading: its size, its header, and a read-only mapping of it on demand.
// On Unix the descriptor is closed once mapped (a model has hundreds of entries, and the open
// files limit is 1024 on Linux, 256 on macOS); elsewhere the QFile stays open with its mapping.
#if defined(Q_OS_UNIX)
class EntryFile {
public:
  explicit EntryFile(const QString &path) {
    m_fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (m_fd >= 0 && ::fstat(m_fd, &st) == 0)
      m_size = qint64(st.st_size);
  }
  ~EntryFile() {
    if (m_fd >= 0)
      ::close(m_fd);
  }
  EntryFile(const EntryFile &) = delete;
  EntryFile &operator=(const EntryFile &) = delete;

  bool isOpen() const { return m_fd >= 0 && m_size >= 0; }
  qint64 size() const { return m_size; }
  QByteArray header() const {
    QByteArray h(int(PackedWeightCache::kHeaderBytes), '\0');
    const ssize_t got = ::pread(m_fd, h.data(), size_t(h.size()), 0);
    h.truncate(got > 0 ? int(got) : 0);
    return h;
  }
  // The whole file; the owner unmaps it.
  std::shared_ptr<const void> map(QString *error) const {
    void *address = ::mmap(nullptr, size_t(m_size), PROT_READ, MAP_SHARED, m_fd, 0);
    if (address == MAP_FAILED) {
      *error = QString::fromLocal8Bit(std::strerror(errno));
      return nullptr;
    }
    // Start reading the pages in the background: the first forward pass needs them all.
    ::madvise(address, size_t(m_size), MADV_WILLNEED);
    const size_t length = size_t(m_size);
    return std::shared_ptr<const void>(address, [length](const void *p) { ::munmap(const_cast<void *>(p), length); });
  }

private:
  int m_fd = -1;
  qint64 m_size = -1;
};
#else
class EntryFile {
public:
  explicit EntryFile(const QString &path) : m_file(std::make_shared<QFile>(path)) {
    m_open = m_file->open(QIODevice::ReadOnly);
  }
  bool isOpen() const { return m_open; }
  qint64 size() const { return m_file->size(); }
  QByteArray header() const { return m_file->read(PackedWeightCache::kHeaderBytes); }
  std::shared_ptr<const void> map(QString *error) const {
    uchar *address = m_file->map(0, m_file->size());
    if (!address) {
      *error = m_file->errorString();
      return nullptr;
    }
    // The QFile unmaps when it goes; the owner holds it.
    return std::shared_ptr<const void>(address, [file = m_file](const void *) {});
  }

private:
  std::shared_ptr<QFile> m_file;
  bool m_open = false;
};
#endif

// The identity of the file a tensor is mapped from.
struct SourceId {
  QString canonicalPath;
  QString stamp;
};

std::optional<SourceId> identify(const TensorRef &ref) {
  const QFileInfo info(ref.file->path());
  SourceId id;
  id.canonicalPath = info.canonicalFilePath();
  if (id.canonicalPath.isEmpty())
    return std::nullopt;
#if defined(Q_OS_UNIX)
  // The open descriptor, not the path: the file mapped even if the path was replaced meanwhile.
  // The change time also catches a rewrite whose modification time was set back.
  struct stat st;
  if (ref.file->handle() >= 0 && ::fstat(ref.file->handle(), &st) == 0) {
#if defined(Q_OS_DARWIN)
    const auto &mtime = st.st_mtimespec;
    const auto &ctime = st.st_ctimespec;
#else
    const auto &mtime = st.st_mtim;
    const auto &ctime = st.st_ctim;
#endif
    id.stamp = QStringLiteral("unix:%1:%2:%3:%4.%5:%6.%7")
                   .arg(quint64(st.st_dev))
                   .arg(quint64(st.st_ino))
                   .arg(qint64(st.st_size))
                   .arg(qint64(mtime.tv_sec))
                   .arg(qint64(mtime.tv_nsec))
                   .arg(qint64(ctime.tv_sec))
                   .arg(qint64(ctime.tv_nsec));
    return id;
  }
#endif
  id.stamp = QStringLiteral("file:%1:%2:%3")
                 .arg(info.size())
                 .arg(info.fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch())
                 .arg(info.fileTime(QFileDevice::FileBirthTime).toMSecsSinceEpoch());
  return id;
}

// The process-wide copy of the source indexes, by index file path.
struct IndexedTensor {
  qint64 offset = 0;
  qint64 bytes = 0;
  QString dtype;
  QByteArray sha256;
};

struct SourceIndex {
  QString source;
  QString stamp;
  QHash<QString, IndexedTensor> tensors;

  QByteArray lookup(const TensorRef &ref) const {
    const auto it = tensors.constFind(ref.info->name);
    if (it == tensors.constEnd() || it->offset != ref.info->offset || it->bytes != ref.byteSize() ||
        it->dtype != dtypeName(ref.dtype()))
      return {};
    return it->sha256;
  }
};

QMutex g_indexMutex;
QHash<QString, SourceIndex> g_indexes;

std::optional<SourceIndex> readIndexFile(const QString &path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return std::nullopt;
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
  if (error.error != QJsonParseError::NoError || !doc.isObject())
    return std::nullopt; // a damaged index: ignored, replaced by the next store
  const QJsonObject root = doc.object();
  if (root.value(QLatin1String("version")).toInt() != kIndexVersion)
    return std::nullopt;
  SourceIndex index;
  index.source = root.value(QLatin1String("source")).toString();
  index.stamp = root.value(QLatin1String("stamp")).toString();
  const QJsonObject tensors = root.value(QLatin1String("tensors")).toObject();
  for (auto it = tensors.constBegin(); it != tensors.constEnd(); ++it) {
    const QJsonObject t = it.value().toObject();
    IndexedTensor entry;
    entry.offset = qint64(t.value(QLatin1String("offset")).toDouble(-1));
    entry.bytes = qint64(t.value(QLatin1String("bytes")).toDouble(-1));
    entry.dtype = t.value(QLatin1String("dtype")).toString();
    entry.sha256 = QByteArray::fromHex(t.value(QLatin1String("sha256")).toString().toLatin1());
    if (entry.offset >= 0 && entry.bytes >= 0 && entry.sha256.size() == 32)
      index.tensors.insert(it.key(), entry);
  }
  return index;
}

bool writeIndexFile(const QString &path, const SourceIndex &index, QString *error) {
  QJsonObject tensors;
  for (auto it = index.tensors.constBegin(); it != index.tensors.constEnd(); ++it) {
    QJsonObject t;
    t.insert(QLatin1String("offset"), double(it->offset));
    t.insert(QLatin1String("bytes"), double(it->bytes));
    t.insert(QLatin1String("dtype"), it->dtype);
    t.insert(QLatin1String("sha256"), QString::fromLatin1(it->sha256.toHex()));
    tensors.insert(it.key(), t);
  }
  QJsonObject root;
  root.insert(QLatin1String("version"), kIndexVersion);
  root.insert(QLatin1String("source"), index.source);
  root.insert(QLatin1String("stamp"), index.stamp);
  root.insert(QLatin1String("tensors"), tensors);
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0 ||
      !file.commit()) {
    *error = file.errorString();
    return false;
  }
  return true;
}

std::optional<PackedWeightCache::MappedPacked> mapEntry(const QString &path, const Expectation &e) {
  std::optional<HeaderCheck> check;
  std::shared_ptr<const void> mapping;
  QString error;
  {
    const EntryFile file(path);
    if (!file.isOpen())
      return std::nullopt; // no entry
    check = checkHeader(file.header(), file.size(), e);
    if (check == HeaderCheck::Valid)
      mapping = file.map(&error);
  }
  if (check == HeaderCheck::Corrupt) {
    // Removing unlinks: a process that maps the file keeps its pages.
    qWarning("Packed weight cache: %s is damaged or truncated; removed, the weights are packed again.",
             qPrintable(QDir::toNativeSeparators(path)));
    QFile::remove(path);
  }
  if (check != HeaderCheck::Valid)
    return std::nullopt;
  if (!mapping) {
    qWarning("Packed weight cache: cannot map %s: %s", qPrintable(QDir::toNativeSeparators(path)), qPrintable(error));
    return std::nullopt;
  }
  PackedWeightCache::MappedPacked out;
  out.packed = kernels::PackedWeight{e.format, e.shape.rows, e.shape.cols,
                                     static_cast<const uchar *>(mapping.get()) + PackedWeightCache::kHeaderBytes};
  out.owner = std::move(mapping);
  return out;
}

bool isCacheFileName(const QString &name) {
  // Entries, their interrupted QSaveFile temporaries, indexes, their locks and temporaries.
  static const QRegularExpression pattern(
      QStringLiteral("^[0-9a-f]{64}\\.((f32|bf16|q8|q4)\\.v[0-9]+|json)(\\.lock|\\.[A-Za-z0-9]{6})?$"));
  return pattern.match(name).hasMatch();
}
} // namespace

PackedWeightCache::PackedWeightCache(QString directory) : m_directory(std::move(directory)) {}

QString PackedWeightCache::defaultDirectory() {
  if (qEnvironmentVariableIsSet("MDI_PACKED_CACHE")) {
    const QString value = qEnvironmentVariable("MDI_PACKED_CACHE").trimmed();
    if (value.isEmpty() || value.compare(QLatin1String("off"), Qt::CaseInsensitive) == 0 || value == QLatin1String("0"))
      return {};
    return QDir(value).absolutePath();
  }
  // The generic location: mdi-chat, mdi-node and mdi-run have different application names, so
  // their own CacheLocations differ, and they should share the entries.
  const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
  if (base.isEmpty())
    return {};
  return QDir(base).filePath(QStringLiteral("mdi-chat/packed-weights"));
}

std::shared_ptr<const PackedWeightCache> PackedWeightCache::openDefault() {
  const QString directory = defaultDirectory();
  if (directory.isEmpty())
    return nullptr;
  return std::make_shared<const PackedWeightCache>(directory);
}

QString PackedWeightCache::entryPath(const QByteArray &sha256, kernels::WeightFormat format) const {
  return QDir(m_directory)
      .filePath(QStringLiteral("%1.%2.v%3")
                    .arg(QString::fromLatin1(sha256.toHex()), QString::fromLatin1(kernels::formatName(format)))
                    .arg(kPackerVersion));
}

QString PackedWeightCache::indexPath(const QString &sourcePath) const {
  const QString canonical = QFileInfo(sourcePath).canonicalFilePath();
  const QByteArray key = Sha256Hasher::hash((canonical.isEmpty() ? sourcePath : canonical).toUtf8());
  return QDir(m_directory).filePath(QStringLiteral("index/%1.json").arg(QString::fromLatin1(key.toHex())));
}

void PackedWeightCache::warnOnce(const QString &message) const {
  if (!m_storeFailed.exchange(true))
    qWarning("Packed weight cache: %s; weights are packed at every load until this is fixed.", qPrintable(message));
}

std::optional<PackedWeightCache::MappedPacked> PackedWeightCache::find(const TensorRef &ref,
                                                                       kernels::WeightFormat format) const {
  if (!isEnabled() || !ref.isValid())
    return std::nullopt;
  const std::optional<SourceId> id = identify(ref);
  if (!id)
    return std::nullopt;
  const QString index = indexPath(id->canonicalPath);
  QByteArray sha;
  {
    QMutexLocker lock(&g_indexMutex);
    const auto it = g_indexes.constFind(index);
    if (it != g_indexes.constEnd() && it->stamp == id->stamp)
      sha = it->lookup(ref);
    if (sha.isEmpty()) {
      // Another process (or instance) may have stored it since.
      std::optional<SourceIndex> disk = readIndexFile(index);
      if (disk && disk->stamp == id->stamp && disk->source == id->canonicalPath) {
        sha = disk->lookup(ref);
        g_indexes.insert(index, std::move(*disk));
      }
    }
  }
  if (sha.isEmpty())
    return std::nullopt;
  return mapEntry(entryPath(sha, format), {sha, format, dtypeName(ref.dtype()).toLatin1(), matrixShape(ref)});
}

std::optional<PackedWeightCache::MappedPacked>
PackedWeightCache::store(const TensorRef &ref, kernels::WeightFormat format, const void *packed, qint64 bytes) const {
  if (!isEnabled() || !ref.isValid() || m_storeFailed)
    return std::nullopt;
  const Shape shape = matrixShape(ref);
  if (shape.rows <= 0 || packed == nullptr || bytes != kernels::packedBytes(format, shape.rows, shape.cols)) {
    qWarning("Packed weight cache: %s: %lld packed bytes do not fit its shape; not stored.", qPrintable(ref.info->name),
             static_cast<long long>(bytes));
    return std::nullopt;
  }
  const std::optional<SourceId> id = identify(ref);
  if (!id)
    return std::nullopt;
  const Expectation expect{Sha256Hasher::hash(ref.data(), ref.byteSize()), format, dtypeName(ref.dtype()).toLatin1(),
                           shape};
  const QString path = entryPath(expect.sha256, format);
  // Another tensor (or process, or an index lost meanwhile) may have stored the same bytes.
  std::optional<MappedPacked> mapped = mapEntry(path, expect);
  if (!mapped) {
    if (!QDir().mkpath(m_directory)) {
      warnOnce(QStringLiteral("cannot create %1").arg(QDir::toNativeSeparators(m_directory)));
      return std::nullopt;
    }
    QSaveFile out(path);
    const QByteArray header = makeHeader(expect);
    if (!out.open(QIODevice::WriteOnly) || out.write(header) != header.size() ||
        out.write(static_cast<const char *>(packed), bytes) != bytes || !out.commit()) {
      warnOnce(QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
      return std::nullopt;
    }
    mapped = mapEntry(path, expect);
    if (!mapped)
      return std::nullopt;
  }

  // Record the hash in the source's index: re-read under the lock so that what other processes
  // recorded meanwhile is kept.
  const QString index = indexPath(id->canonicalPath);
  QMutexLocker lock(&g_indexMutex);
  SourceIndex &known = g_indexes[index];
  if (known.stamp != id->stamp || known.source != id->canonicalPath)
    known = SourceIndex{id->canonicalPath, id->stamp, {}};
  known.tensors.insert(ref.info->name,
                       IndexedTensor{ref.info->offset, ref.byteSize(), dtypeName(ref.dtype()), expect.sha256});
  if (!QDir().mkpath(QFileInfo(index).absolutePath())) {
    warnOnce(QStringLiteral("cannot create %1").arg(QDir::toNativeSeparators(QFileInfo(index).absolutePath())));
    return mapped;
  }
  QLockFile fileLock(index + QStringLiteral(".lock"));
  if (!fileLock.tryLock(kLockWaitMs))
    return mapped; // another process holds it for long: this hash is recorded next time
  if (std::optional<SourceIndex> disk = readIndexFile(index);
      disk && disk->stamp == known.stamp && disk->source == known.source)
    for (auto it = disk->tensors.constBegin(); it != disk->tensors.constEnd(); ++it)
      if (!known.tensors.contains(it.key()))
        known.tensors.insert(it.key(), it.value());
  QString error;
  if (!writeIndexFile(index, known, &error))
    warnOnce(QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(index), error));
  return mapped;
}

qint64 PackedWeightCache::sizeBytes() const {
  if (!isEnabled())
    return 0;
  qint64 total = 0;
  QDirIterator it(m_directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
  while (it.hasNext()) {
    it.next();
    total += it.fileInfo().size();
  }
  return total;
}

bool PackedWeightCache::clear() const {
  if (!isEnabled())
    return true;
  {
    QMutexLocker lock(&g_indexMutex);
    g_indexes.clear();
  }
  // Only files named as this cache names them: the folder may be one the user chose.
  bool ok = true;
  for (const QString &folder : {m_directory, QDir(m_directory).filePath(QStringLiteral("index"))}) {
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden))
      if (isCacheFileName(name))
        ok = QFile::remove(dir.filePath(name)) && ok;
  }
  return ok;
}

} // namespace mdi
