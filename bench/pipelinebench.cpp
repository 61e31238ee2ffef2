// Pipeline benchmarks: aggregate decode tokens/s with k answers in flight over s local stages,
// and the scheduling overhead per stage hop. Usage:
//   bench_pipeline --model DIR [--dtype auto|bf16|f32|q8|q4] [--tokens N] [--sessions 1,2,4] [--stages 1,2]
//                  [--max-batch 1,8]
//                  [--stage-threads 1] [--hop-stages 1,N]
// Each configuration loads the model through the Engine (as the app does), runs k greedy
// answers of N tokens at once, and reports generated tokens / wall time of the slowest answer's
// decode phase. The hop overhead is measured on the same model: per-token decode time with one
// stage per layer minus one stage, over the number of extra hops.
#include "benchsupport.h"
#include "engine/engine.h"
#include "model/chatmessage.h"
#include "model/modelconfig.h"
#include "remote/remotestagelinkfactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QTimer>

#include <cstdio>

using namespace mdi;
using mdi::bench::BenchSupport;

namespace {

struct RunResult {
  double lateFirstTokenMs = 0;  // a new request's first token while the others decode
  double aloneFirstTokenMs = 0; // the same request's first token with nothing else running
  double aggregateTokensPerSecond = 0;
  double perTokenMs = 0; // decode time per token of one answer (median over answers)
  QList<StageStats> stages;
  QString error;
};

RunResult run(const QString &model, const QString &precision, int stages, int stageThreads, int sessions, int tokens,
              int maxBatch = 8, const Plan &plan = {}) {
  RunResult out;
  Engine engine(RemoteStageLinkFactory::create());
  EngineLoadOptions load;
  load.directory = model;
  load.precision = precision;
  load.maxBatch = maxBatch;
  load.localStages = stages;
  load.plan = plan;
  load.stageThreads = stageThreads;
  load.threads = stageThreads;
  QEventLoop loop;
  QObject::connect(&engine, &Engine::loadFailed, &loop, [&](const QString &e) {
    out.error = e;
    loop.quit();
  });
  QObject::connect(&engine, &Engine::modelLoaded, &loop, [&] { loop.quit(); });
  engine.loadModel(load);
  loop.exec();
  if (!out.error.isEmpty())
    return out;

  GenerationRequest request;
  request.messages = {
      {QStringLiteral("user"), {ChatPart::makeText(QStringLiteral("Write a long story about a lighthouse keeper."))}}};
  request.sampling.doSample = false;
  request.sampling.maxNewTokens = tokens;
  request.sampling.ignoreEos = true;

  QHash<quint64, GenerationResult> results;
  QElapsedTimer wall;
  int expected = 1; // the warm-up answer first, then `sessions` answers
  QObject::connect(&engine, &Engine::generationFinished, &loop, [&](quint64 id, const GenerationResult &r) {
    results.insert(id, r);
    if (results.size() == expected)
      loop.quit();
  });
  QObject::connect(&engine, &Engine::generationFailed, &loop, [&](quint64, const QString &e) {
    out.error = e;
    loop.quit();
  });
  // Warm-up answer (first-call costs of oneDNN and the allocator), then the measured ones.
  {
    GenerationRequest warm = request;
    warm.sampling.maxNewTokens = 4;
    engine.generate(warm);
    loop.exec();
    results.clear();
  }
  // A short new request, alone and then while the others decode (time to its first token).
  GenerationRequest late;
  late.messages = {{QStringLiteral("user"), {ChatPart::makeText(QStringLiteral("Name three colours of the sea."))}}};
  late.sampling.doSample = false;
  late.sampling.maxNewTokens = 1;
  {
    const quint64 id = engine.generate(late);
    loop.exec();
    out.aloneFirstTokenMs = results.value(id).stats.timeToFirstTokenMs;
    results.clear();
  }
  expected = sessions + 1;
  quint64 lateId = 0;
  QHash<quint64, int> streamed;
  QObject::connect(&engine, &Engine::tokenGenerated, &loop, [&](quint64 id, qint64, const QString &) {
    streamed[id] += 1;
    if (lateId != 0 || streamed.size() < sessions)
      return;
    for (const int count : std::as_const(streamed))
      if (count < 2)
        return;
    lateId = engine.generate(late); // every answer is decoding now
  });
  wall.start();
  for (int k = 0; k < sessions; ++k)
    engine.generate(request);
  loop.exec();
  const double wallMs = wall.nsecsElapsed() / 1e6;
  if (lateId != 0) {
    out.lateFirstTokenMs = results.value(lateId).stats.timeToFirstTokenMs;
    results.remove(lateId);
  }
  if (!out.error.isEmpty())
    return out;
  // Decode phase: from the latest first token to the end.
  double latestFirst = 0;
  qint64 decoded = 0;
  QList<double> perToken;
  for (const GenerationResult &r : results) {
    latestFirst = qMax(latestFirst, r.stats.timeToFirstTokenMs);
    decoded += r.stats.generatedTokens - 1;
    perToken.append(r.stats.decodeMs / qMax<qint64>(1, r.stats.generatedTokens - 1));
  }
  const double decodeWall = wallMs - latestFirst;
  out.aggregateTokensPerSecond = decodeWall > 0 ? decoded * 1000.0 / decodeWall : 0;
  out.perTokenMs = BenchSupport::median(perToken);
  out.stages = engine.stageStats();
  return out;
}

QList<int> intList(const QString &text) {
  QList<int> values;
  for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
    values.append(part.trimmed().toInt());
  return values;
}

} // namespace

int main(int argc, char *argv[]) {
  QCoreApplication app(argc, argv);
  QCommandLineParser parser;
  parser.addHelpOption();
  const QCommandLineOption model(QStringLiteral("model"), QStringLiteral("Checkpoint folder."), QStringLiteral("DIR"));
  const QCommandLineOption dtype(QStringLiteral("dtype"), QStringLiteral("Precision: auto, bf16, f32, q8 or q4."),
                                 QStringLiteral("DTYPE"), QStringLiteral("auto"));
  const QCommandLineOption tokens(QStringLiteral("tokens"), QStringLiteral("Tokens per answer."), QStringLiteral("N"),
                                  QStringLiteral("32"));
  const QCommandLineOption sessions(QStringLiteral("sessions"), QStringLiteral("Answers in flight."),
                                    QStringLiteral("LIST"), QStringLiteral("1,2,4"));
  const QCommandLineOption stages(QStringLiteral("stages"), QStringLiteral("Stage counts."), QStringLiteral("LIST"),
                                  QStringLiteral("1,2"));
  const QCommandLineOption stageThreads(QStringLiteral("stage-threads"), QStringLiteral("Threads per stage."),
                                        QStringLiteral("N"), QStringLiteral("1"));
  const QCommandLineOption hop(QStringLiteral("hop-model"),
                               QStringLiteral("Model for the hop-overhead measurement (small; one stage per layer)."),
                               QStringLiteral("DIR"));
  const QCommandLineOption maxBatch(QStringLiteral("max-batch"), QStringLiteral("Batch limits to compare."),
                                    QStringLiteral("LIST"), QStringLiteral("8"));
  parser.addOptions({model, dtype, tokens, sessions, stages, stageThreads, hop, maxBatch});
  parser.process(app);
  const QString dt = parser.value(dtype);
  const int n = parser.value(tokens).toInt();
  const int threads = parser.value(stageThreads).toInt();

  std::printf("machine: %s\ncpu pressure before: %s\n", qPrintable(BenchSupport::machineDescription()),
              qPrintable(BenchSupport::cpuPressure()));
  if (parser.isSet(model)) {
    std::printf("\nmodel %s, %s, %d tokens per answer, %d thread(s) per stage\n", qPrintable(parser.value(model)),
                qPrintable(parser.value(dtype)), n, threads);
    std::printf("%-6s %-6s %-9s %-16s %-14s %-22s %s\n", "batch", "stages", "sessions", "aggregate tok/s",
                "ms/token/ans", "first token alone/late", "stage busy %");
    for (int b : intList(parser.value(maxBatch))) {
      double base = 0;
      for (int s : intList(parser.value(stages))) {
        for (int k : intList(parser.value(sessions))) {
          QElapsedTimer t;
          t.start();
          const RunResult r = run(parser.value(model), dt, s, threads, k, n, b);
          if (!r.error.isEmpty()) {
            std::printf("error: %s\n", qPrintable(r.error));
            return 1;
          }
          if (base == 0)
            base = r.aggregateTokensPerSecond;
          QString busy;
          for (const StageStats &st : r.stages)
            busy += QStringLiteral("%1 ").arg(st.busyMs / (t.nsecsElapsed() / 1e6) * 100, 0, 'f', 0);
          std::printf("%-6d %-6d %-9d %-16.2f %-14.1f %7.0f / %-12.0f %s (x%.2f)\n", b, s, k,
                      r.aggregateTokensPerSecond, r.perTokenMs, r.aloneFirstTokenMs, r.lateFirstTokenMs,
                      qPrintable(busy), r.aggregateTokensPerSecond / base);
          std::fflush(stdout);
        }
      }
    }
  }
  if (parser.isSet(hop)) {
    auto config = ModelConfig::loadFromDirectory(parser.value(hop));
    if (!config) {
      std::printf("error: %s\n", qPrintable(config.error()));
      return 1;
    }
    const int layers = config->text.numLayers;
    const RunResult one = run(parser.value(hop), dt, 1, threads, 1, n, 1);
    const RunResult many = run(parser.value(hop), dt, layers, threads, 1, n, 1);
    if (!one.error.isEmpty() || !many.error.isEmpty()) {
      std::printf("error: %s%s\n", qPrintable(one.error), qPrintable(many.error));
      return 1;
    }
    double waitMs = 0;
    qint64 forwards = 0;
    for (const StageStats &st : many.stages) {
      waitMs += st.waitMs;
      forwards += st.forwards;
    }
    std::printf("\nhop overhead (%s, %d layers): 1 stage %.3f ms/token, %d stages %.3f ms/token -> %.3f ms per hop "
                "(difference); measured hand-over wait %.3f ms per hop over %lld hops\n",
                qPrintable(parser.value(hop)), layers, one.perTokenMs, layers, many.perTokenMs,
                (many.perTokenMs - one.perTokenMs) / qMax(1, layers - 1), waitMs / qMax<qint64>(1, forwards),
                static_cast<long long>(forwards));
  }
  std::printf("cpu pressure after: %s\n", qPrintable(BenchSupport::cpuPressure()));
  return 0;
}
