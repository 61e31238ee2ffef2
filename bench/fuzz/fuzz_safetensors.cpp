// libFuzzer target: SafetensorsFile::open on arbitrary bytes. Whatever it accepts must satisfy
// the invariants the rest of the program relies on (every range inside the file, sizes
// consistent, no overlaps); the first and last byte of every tensor are read, so a range the
// validation let through that lies outside the mapping crashes here.

#include "model/safetensorsfile.h"

#include <QDir>
#include <QFile>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace {

// SafetensorsFile reads from a path (it maps the file), so each input goes through a file.
QString inputPath() {
  static const QString path =
      QDir::temp().filePath(QStringLiteral("mdi-fuzz-safetensors-%1.safetensors").arg(qint64(getpid())));
  return path;
}

[[noreturn]] void fail(const char *what, const QString &name) {
  std::fprintf(stderr, "invariant broken: %s (tensor '%s')\n", what, qPrintable(name));
  std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  {
    QFile f(inputPath());
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
      std::abort();
  }
  auto opened = mdi::SafetensorsFile::open(inputPath());
  if (!opened) {
    if (opened.error().isEmpty())
      std::abort(); // refusals must say why
    return 0;
  }
  const mdi::SafetensorsFile &file = **opened;
  if (file.fileSize() != qint64(size))
    std::abort();
  qint64 previousEnd = 0;
  volatile unsigned sink = 0;
  for (const mdi::TensorInfo &t : file.tensors()) {
    if (t.offset < 8 || t.byteSize < 0 || t.offset + t.byteSize > file.fileSize())
      fail("range outside the file", t.name);
    if (t.elementCount() * mdi::dtypeSize(t.dtype) != t.byteSize)
      fail("shape x dtype size != byte size", t.name);
    if (t.byteSize > 0 && t.offset < previousEnd)
      fail("ranges overlap or are out of order", t.name);
    if (t.byteSize > 0)
      previousEnd = t.offset + t.byteSize;
    if (file.find(t.name) != &t)
      fail("find() does not return the tensor", t.name);
    if (t.byteSize > 0)
      sink = sink + file.data(t)[0] + file.data(t)[t.byteSize - 1];
  }
  (void)sink;
  return 0;
}
