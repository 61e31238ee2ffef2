// SHA-256 throughput over 512 MiB (the size class of a model's weights shipped to a peer):
// QCryptographicHash against Sha256Hasher (OpenSSL's libcrypto when the build found it), each
// fed in 4 MiB pieces as the weight cache and the model downloader do, and in one call as the
// coordinator hashes a mapped tensor.
#include "benchsupport.h"
#include "util/sha256hasher.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>

#include <cstdio>

using mdi::Sha256Hasher;
using mdi::bench::BenchSupport;

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  constexpr qsizetype kSize = qsizetype(512) << 20;
  constexpr qsizetype kPiece = 4 << 20;
  QByteArray data(kSize, Qt::Uninitialized);
  QRandomGenerator(1).fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);

  std::printf("machine: %s\ncpu pressure: %s\n", qPrintable(BenchSupport::machineDescription()),
              qPrintable(BenchSupport::cpuPressure()));
  std::printf("Sha256Hasher implementation: %s\n", Sha256Hasher::usesOpenSsl() ? "OpenSSL libcrypto" : "Qt");
  const double mb = double(kSize) / 1e6;
  QByteArray qtDigest, ourDigest;
  auto report = [&](const char *name, double ms) {
    std::printf("%-40s %8.0f ms %8.0f MB/s\n", name, ms, mb / ms * 1e3);
  };

  report("QCryptographicHash, 4 MiB pieces", BenchSupport::medianMs(3, [&] {
           QCryptographicHash hash(QCryptographicHash::Sha256);
           for (qsizetype at = 0; at < kSize; at += kPiece)
             hash.addData(QByteArrayView(data.constData() + at, kPiece));
           qtDigest = hash.result();
         }));
  report("Sha256Hasher, 4 MiB pieces", BenchSupport::medianMs(3, [&] {
           Sha256Hasher hash;
           for (qsizetype at = 0; at < kSize; at += kPiece)
             hash.addData(data.constData() + at, kPiece);
           ourDigest = hash.result();
         }));
  report("Sha256Hasher::hash, one call", BenchSupport::medianMs(3, [&] { ourDigest = Sha256Hasher::hash(data); }));
  if (qtDigest != ourDigest) {
    std::fprintf(stderr, "digests differ\n");
    return 1;
  }
  return 0;
}
