#include "enginearguments.h"

#include "engine/peerplacement.h"
#include "engine/precisionchoice.h"
#include "peers/placementassembly.h"

#include <QElapsedTimer>

#include <cstdio>
#include <memory>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace mdi {

EngineArguments::EngineArguments() :
    m_model(QStringLiteral("model"), tr("Checkpoint folder (Hugging Face layout)."), QStringLiteral("DIR")),
    m_dtype(QStringLiteral("dtype"),
            tr("Weight precision: auto (default: the fastest that keeps quality on this CPU), best (the "
               "checkpoint's own), f32, bf16, q8 (8-bit) or q4 (4-bit)."),
            QStringLiteral("DTYPE")),
    m_threads(QStringLiteral("threads"), tr("Compute threads (default: physical cores)."), QStringLiteral("N")),
    m_maxPixels(QStringLiteral("max-pixels"), tr("Largest image area in pixels after resizing (default: the model's)."),
                QStringLiteral("N")),
    m_stages(QStringLiteral("stages"), tr("Split the decoder layers across N local stages (worker threads)."),
             QStringLiteral("N")),
    m_plan(QStringLiteral("plan"), tr("Explicit layer ranges, one local stage each, e.g. \"0-9,9-19,19-28\"."),
           QStringLiteral("RANGES")),
    m_stageThreads(QStringLiteral("stage-threads"), tr("Compute threads per stage (default: cores / stages)."),
                   QStringLiteral("N")),
    m_maxBatch(QStringLiteral("max-batch"),
               tr("Answers decoded together in one pass through the weights (default 8; 1: one at a time)."),
               QStringLiteral("N")),
    m_prefillChunk(QStringLiteral("prefill-chunk"),
                   tr("Prompt tokens read per pass (default 256; fewer while other answers decode)."),
                   QStringLiteral("N")),
    m_peer(QStringLiteral("peer"),
           tr("An mdi-node to run stages on (repeatable): with K peers the last K stages of the plan run on them, in "
              "order (default: --stages K)."),
           QStringLiteral("HOST:PORT")),
    m_pairingCode(QStringLiteral("pairing-code"), tr("The pairing code of the peers (one per --peer, or one for all)."),
                  QStringLiteral("CODE")) {}

void EngineArguments::addTo(QCommandLineParser &parser) const {
  parser.addOptions({m_model, m_dtype, m_threads, m_maxPixels, m_stages, m_plan, m_stageThreads, m_maxBatch,
                     m_prefillChunk, m_peer, m_pairingCode});
}

Expected<EngineLoadOptions> EngineArguments::read(const QCommandLineParser &parser, const ModelConfig &config) const {
  EngineLoadOptions load;
  load.directory = parser.value(m_model);
  const QString dtypeName = parser.value(m_dtype).toLower();
  if (!PrecisionChoice::isValidName(dtypeName))
    return makeError(tr("--dtype must be one of %1, not '%2'")
                         .arg(PrecisionChoice::names().join(QStringLiteral(", ")), parser.value(m_dtype)));
  load.precision = dtypeName.isEmpty() ? QStringLiteral("auto") : dtypeName;

  auto threads = number(parser, m_threads, 0);
  auto stageThreads = number(parser, m_stageThreads, 0);
  auto maxPixels = number(parser, m_maxPixels, qint64(0));
  auto stages = number(parser, m_stages, 1);
  auto maxBatch = number(parser, m_maxBatch, 8);
  auto prefillChunk = number(parser, m_prefillChunk, qint64(256));
  for (const QString &error : {threads.error(), stageThreads.error(), maxPixels.error(), stages.error(),
                               maxBatch.error(), prefillChunk.error()}) {
    if (!error.isEmpty())
      return makeError(error);
  }
  load.threads = *threads;
  load.stageThreads = *stageThreads;
  load.maxImagePixels = *maxPixels;
  load.localStages = *stages;
  if (load.localStages < 1)
    return makeError(tr("--stages must be at least 1"));
  load.maxBatch = *maxBatch;
  load.prefillChunk = *prefillChunk;
  if (load.maxBatch < 1 || load.maxBatch > 256)
    return makeError(tr("--max-batch must be between 1 and 256"));
  if (load.prefillChunk < 1)
    return makeError(tr("--prefill-chunk must be at least 1"));

  PlacementAssembly::Request request;
  request.policy = PlacementAssembly::Policy::Fixed;
  request.stages = parser.isSet(m_stages) ? load.localStages : 0;
  if (parser.isSet(m_plan)) {
    auto plan = Plan::parse(parser.value(m_plan), config.text.numLayers);
    if (!plan)
      return makeError(plan.error());
    request.plan = *plan;
  }
  const QStringList peers = parser.values(m_peer);
  const QStringList codes = parser.values(m_pairingCode);
  if (!peers.isEmpty() && codes.size() != 1 && codes.size() != peers.size())
    return makeError(tr("Give one --pairing-code for all peers or one per --peer."));
  for (qsizetype i = 0; i < peers.size(); ++i) {
    auto peer = PeerPlacement::parsePeerAddress(peers.at(i));
    if (!peer)
      return makeError(tr("--peer takes HOST:PORT, not '%1'.").arg(peers.at(i)));
    peer->pairingCode = codes.size() == 1 ? codes.first() : codes.at(i);
    request.peers.append(*peer);
  }
  auto placement = PlacementAssembly::assemble(config, request);
  if (!placement)
    return makeError(placement.error());
  placement->applyTo(load);
  return load;
}

void EngineArguments::printLoadProgress(Engine &engine, const QString &prefix) {
  struct Printer {
    bool terminal = false;
    qsizetype shown = 0; // characters on the terminal line now
    int phase = -1;
    int stage = -2;
    QElapsedTimer sinceLine;
  };
  auto printer = std::make_shared<Printer>();
#ifdef Q_OS_WIN
  printer->terminal = _isatty(_fileno(stderr)) != 0;
#else
  printer->terminal = isatty(fileno(stderr)) != 0;
#endif
  QObject::connect(&engine, &Engine::loadProgress, &engine, [printer, prefix](const LoadProgress &progress) {
    const QString line = prefix + progress.text();
    if (printer->terminal) {
      // Padded over the rest of the longer line before it (portable, unlike erase sequences).
      const QString pad(qMax<qsizetype>(0, printer->shown - line.size()), QLatin1Char(' '));
      std::fprintf(stderr, "\r%s%s", qPrintable(line), qPrintable(pad));
      std::fflush(stderr);
      printer->shown = line.size();
      return;
    }
    const bool changed = int(progress.phase) != printer->phase || progress.stage != printer->stage;
    const bool finished = progress.bytesTotal > 0 && progress.bytesDone >= progress.bytesTotal;
    if (!changed && !finished && printer->sinceLine.isValid() && printer->sinceLine.elapsed() < 2000)
      return;
    printer->phase = int(progress.phase);
    printer->stage = progress.stage;
    printer->sinceLine.start();
    std::fprintf(stderr, "%s\n", qPrintable(line));
    std::fflush(stderr);
  });
  auto wipe = [printer] {
    if (!printer->terminal || printer->shown == 0)
      return;
    std::fprintf(stderr, "\r%s\r", qPrintable(QString(printer->shown, QLatin1Char(' '))));
    std::fflush(stderr);
    printer->shown = 0;
  };
  QObject::connect(&engine, &Engine::modelLoaded, &engine, wipe);
  QObject::connect(&engine, &Engine::loadFailed, &engine, wipe);
}

} // namespace mdi
