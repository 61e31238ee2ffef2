// libFuzzer target: Tokenizer::encode/decode on arbitrary UTF-8. The tokenizer is loaded once
// from $MDI_FUZZ_TOKENIZER or, by default, the fixture tokenizer.json named at build time.
// Checks: ids lie in the vocabulary; byte-level BPE loses nothing, so for text without added
// tokens decode(encode(text)) is the text after the NFC normalization the tokenizer applies,
// and encoding that again gives the same ids; decoding arbitrary ids never crashes.

#include "model/tokenizer.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

const mdi::Tokenizer &tokenizer() {
  static const mdi::Tokenizer instance = [] {
    const QByteArray env = qgetenv("MDI_FUZZ_TOKENIZER");
    const QString path = env.isEmpty() ? QStringLiteral(MDI_FUZZ_TOKENIZER_JSON) : QString::fromLocal8Bit(env);
    auto loaded = mdi::Tokenizer::load(path);
    if (!loaded) {
      std::fprintf(stderr, "cannot load the tokenizer: %s\n", qPrintable(loaded.error()));
      std::abort();
    }
    return *loaded;
  }();
  return instance;
}

[[noreturn]] void fail(const char *what, const QString &text) {
  std::fprintf(stderr, "%s for input (%lld UTF-16 units): %s\n", what, qint64(text.size()), qPrintable(text));
  std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  tokenizer(); // load before fuzzing starts, not inside the first input's time budget
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const mdi::Tokenizer &tok = tokenizer();
  const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
  const QList<int> ids = tok.encode(text);
  for (int id : ids)
    if (id < 0 || id >= tok.vocabSize())
      fail("id outside the vocabulary", text);
  const QString decoded = tok.decode(ids);
  (void)tok.decode(ids, true);

  // Added tokens all look like <|...|>; text without them is one normalized segment.
  if (!text.contains(QLatin1String("<|"))) {
    if (decoded != text.normalized(QString::NormalizationForm_C))
      fail("decode(encode(text)) differs from NFC(text)", text);
    if (tok.encode(decoded) != ids)
      fail("encode(decode(encode(text))) differs from encode(text)", text);
  }

  // The same bytes as a list of ids, most of them invalid.
  QList<int> raw(qsizetype(size / sizeof(int)));
  if (!raw.isEmpty())
    std::memcpy(raw.data(), data, size_t(raw.size()) * sizeof(int));
  (void)tok.decode(raw);
  (void)tok.decode(raw, true);
  return 0;
}
