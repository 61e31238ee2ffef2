// Tokenizer encode throughput on English prose, one thread: cold (empty BPE cache at the start
// of each run, as for the first prompt of a session), warm (every word already cached), and
// all-distinct words (no pre-token repeats: the cost of BPE itself).
// Usage: bench_tokenizer [model dir or tokenizer.json] [repeats]
#include "benchsupport.h"
#include "model/tokenizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStringList>

#include <cstdio>

using mdi::Tokenizer;
using mdi::bench::BenchSupport;

namespace {

const char *const kParagraphs[] = {
    "The harbour town woke slowly. Fishermen hauled their nets onto the quay while the baker, who had been up "
    "since four, stacked warm loaves in the window. Nobody paid much attention to the stranger on the bench by "
    "the lighthouse, although he had been sitting there, quite still, since before dawn.",
    "In 1854 the physician John Snow mapped the cholera deaths around Broad Street and noticed that they "
    "clustered near a single water pump. When the handle was removed, the outbreak subsided; the episode is "
    "often told as the birth of modern epidemiology, though the real story is messier and more interesting.",
    "Photosynthesis converts light energy into chemical energy. Chlorophyll absorbs mostly blue and red light, "
    "reflecting green, which is why leaves look the way they do. The process releases oxygen as a by-product, "
    "and over billions of years it transformed the composition of Earth's atmosphere.",
    "She opened the letter carefully, as if it might break. \"Dear Margaret,\" it began, \"I'm sorry it has "
    "taken me so long to write. Things here have been... complicated.\" She read it twice, folded it along "
    "the original creases, and put it back in the drawer without saying a word.",
    "To install the package, run the installer and follow the prompts. If you're upgrading from version 2.x, "
    "back up your configuration first: the new release changes the default paths, and some settings (notably "
    "the proxy options) are no longer read from the old location.",
    "Markets were mixed on Tuesday. The index rose 0.4% in early trading before giving up most of its gains, "
    "while bond yields edged higher after the central bank signalled that it wasn't ready to cut rates yet. "
    "Analysts said investors would watch Thursday's inflation figures closely.",
    "The recipe is forgiving. Whisk two eggs with a cup of milk, fold in the flour a little at a time, and "
    "let the batter rest for half an hour. Cook it in a hot, lightly oiled pan; the first pancake is always a "
    "disappointment, and that's fine.",
    "Mountains shape the weather around them. Moist air forced up the windward slope cools, condenses and "
    "falls as rain, leaving the leeward side in a dry rain shadow. That is why one valley can be lush and "
    "green while its neighbour, a few kilometres away, is almost a desert.",
    "\"Why don't we just ask her?\" said Tom. Everyone looked at him. It was, they would later admit, the "
    "obvious thing to do, and yet for three weeks not one of them had thought of it. They'd been too busy "
    "arguing about what she'd probably say.",
    "Good documentation answers three questions: what does this do, how do I use it, and what happens when "
    "it goes wrong? Most projects answer the first well, the second adequately, and the third not at all, "
    "which is exactly backwards from what a tired user at midnight needs.",
    "The committee met on the 14th and 15th of March to review the proposals. Of the 37 submissions received, "
    "twelve were shortlisted; the remaining applicants will be notified by email before the end of April, "
    "together with brief comments from the reviewers.",
    "Rivers rarely run straight. A small bend slows the water on its inner bank, where sand and gravel settle, "
    "and speeds it along the outer bank, which erodes. Over decades the bend grows into a meander, and "
    "eventually the river may cut through the neck and abandon the loop entirely.",
};

// Invented words, names and numbers sprinkled through the text so that the cold figure measures
// real BPE work rather than a handful of cache misses.
QString inventedWord(QRandomGenerator &rng) {
  static const char *const syllables[] = {"ka", "lor", "min", "the", "vas", "quo", "rel", "an",  "dri",
                                          "pe", "sul", "tor", "ex",  "gla", "mon", "fi",  "zen", "bra"};
  const int n = 2 + int(rng.bounded(3));
  QString word;
  for (int i = 0; i < n; ++i)
    word += QLatin1String(syllables[rng.bounded(int(std::size(syllables)))]);
  if (rng.bounded(4) == 0)
    word[0] = word[0].toUpper();
  return word;
}

QString buildCorpus(qsizetype targetBytes) {
  QRandomGenerator rng(1234);
  QString corpus;
  qsizetype bytes = 0;
  while (bytes < targetBytes) {
    QString paragraph = QString::fromUtf8(kParagraphs[rng.bounded(int(std::size(kParagraphs)))]);
    QStringList words = paragraph.split(QLatin1Char(' '));
    // Replace about one word in six and add a number now and then.
    for (QString &w : words) {
      const quint32 r = rng.bounded(24);
      if (r < 4)
        w = inventedWord(rng);
      else if (r == 4)
        w = QString::number(rng.bounded(100000));
      else if (r == 5)
        w = w.toUpper();
    }
    paragraph = words.join(QLatin1Char(' ')) + QStringLiteral("\n\n");
    bytes += paragraph.toUtf8().size();
    corpus += paragraph;
  }
  return corpus;
}

// Words that are all different (syllable strings plus a counter in letters), so that every
// pre-token misses the cache: the cost of BPE itself.
QString buildUniqueWords(qsizetype targetBytes) {
  QRandomGenerator rng(99);
  QString text;
  for (int i = 0; text.size() < targetBytes; ++i) {
    QString suffix;
    for (int k = i; k > 0; k /= 26)
      suffix += QChar(u'a' + k % 26);
    text += QLatin1Char(' ') + inventedWord(rng) + suffix;
  }
  return text;
}

} // namespace

int main(int argc, char *argv[]) {
  QCoreApplication app(argc, argv);
  const QStringList args = app.arguments();
  QString source = args.size() > 1 ? args[1] : QStringLiteral(MDI_SHARED_DIR "/fixtures/qwen2vl-tiny/checkpoint");
  const int repeats = args.size() > 2 ? args[2].toInt() : 7;

  QElapsedTimer loadTimer;
  loadTimer.start();
  auto tok = QFileInfo(source).isDir() ? Tokenizer::loadFromDirectory(source) : Tokenizer::load(source);
  if (!tok) {
    std::fprintf(stderr, "%s\n", qPrintable(tok.error()));
    return 1;
  }
  const double loadMs = double(loadTimer.nsecsElapsed()) / 1e6;

  const QString corpus = buildCorpus(400 * 1024);
  const double mb = double(corpus.toUtf8().size()) / 1e6;
  qsizetype tokens = 0;

  std::printf("machine: %s\ncpu pressure: %s\n", qPrintable(BenchSupport::machineDescription()),
              qPrintable(BenchSupport::cpuPressure()));
  std::printf("tokenizer.json load: %.0f ms (vocab %d)\n", loadMs, tok->vocabSize());

  const double coldMs = BenchSupport::medianMs(repeats, [&] {
    tok->clearCache();
    tokens = tok->encode(corpus).size();
  });
  const int cached = tok->cacheSize();
  const double warmMs = BenchSupport::medianMs(repeats, [&] { tokens = tok->encode(corpus).size(); });

  const QString unique = buildUniqueWords(200 * 1024);
  const double uniqueMb = double(unique.toUtf8().size()) / 1e6;
  qsizetype uniqueTokens = 0;
  const double uniqueMs = BenchSupport::medianMs(repeats, [&] {
    tok->clearCache();
    uniqueTokens = tok->encode(unique).size();
  });

  std::printf("corpus: %.3f MB of prose, %lld tokens, %d distinct pre-tokens\n", mb, qlonglong(tokens), cached);
  std::printf("encode cold cache: %.1f ms, %.2f MB/s, %.0f tokens/s\n", coldMs, mb / (coldMs / 1e3),
              double(tokens) / (coldMs / 1e3));
  std::printf("encode warm cache: %.1f ms, %.2f MB/s, %.0f tokens/s\n", warmMs, mb / (warmMs / 1e3),
              double(tokens) / (warmMs / 1e3));
  std::printf("all-distinct words (every pre-token through BPE): %.3f MB, %.1f ms, %.2f MB/s, %.0f tokens/s\n",
              uniqueMb, uniqueMs, uniqueMb / (uniqueMs / 1e3), double(uniqueTokens) / (uniqueMs / 1e3));
  std::printf("median of %d runs, one thread; target >= 2 MB/s\n", repeats);
  return 0;
}
