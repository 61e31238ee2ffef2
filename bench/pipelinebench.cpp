// Pipeline benchmarks: aggregate decode tokens/s with k answers in flight over s local stages,
// and the scheduling overhead per stage hop. Usage:
//   bench_pipeline --model DIR [--dtype bf16|f32] [--tokens N] [--sessions 1,2,4] [--stages 1,2]
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
  double aggregateTokensPerSecond = 0;
  double perTokenMs = 0; // decode time per token of one answer (median over answers)
  QList<StageStats> stages;
  QString error;
};

RunResult run(const QString &model, ComputeDtype dtype, int stages, int stageThreads, int sessions, int tokens,
              const Plan &plan = {}) {
  RunResult out;
  Engine engine(RemoteStageLinkFactory::create());
  EngineLoadOptions load;
  load.directory = model;
  load.compute.dtype = dtype;
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
  expected = sessions;
  wall.start();
  for (int k = 0; k < sessions; ++k)
    engine.generate(request);
  loop.exec();
  const double wallMs = wall.nsecsElapsed() / 1e6;
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
  const QCommandLineOption dtype(QStringLiteral("dtype"), QStringLiteral("bf16 or f32."), QStringLiteral("DTYPE"),
                                 QStringLiteral("bf16"));
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
  parser.addOptions({model, dtype, tokens, sessions, stages, stageThreads, hop});
  parser.process(app);
  const ComputeDtype dt = parser.value(dtype) == QLatin1String("f32") ? ComputeDtype::F32 : ComputeDtype::BF16;
  const int n = parser.value(tokens).toInt();
  const int threads = parser.value(stageThreads).toInt();

  std::printf("machine: %s\ncpu pressure before: %s\n", qPrintable(BenchSupport::machineDescription()),
              qPrintable(BenchSupport::cpuPressure()));
  if (parser.isSet(model)) {
    std::printf("\nmodel %s, %s, %d tokens per answer, %d thread(s) per stage\n", qPrintable(parser.value(model)),
                qPrintable(parser.value(dtype)), n, threads);
    std::printf("%-8s %-9s %-16s %-14s %s\n", "stages", "sessions", "aggregate tok/s", "ms/token/ans", "stage busy %");
    double base = 0;
    for (int s : intList(parser.value(stages))) {
      for (int k : intList(parser.value(sessions))) {
        QElapsedTimer t;
        t.start();
        const RunResult r = run(parser.value(model), dt, s, threads, k, n);
        if (!r.error.isEmpty()) {
          std::printf("error: %s\n", qPrintable(r.error));
          return 1;
        }
        if (base == 0)
          base = r.aggregateTokensPerSecond;
        QString busy;
        for (const StageStats &st : r.stages)
          busy += QStringLiteral("%1 ").arg(st.busyMs / (t.nsecsElapsed() / 1e6) * 100, 0, 'f', 0);
        std::printf("%-8d %-9d %-16.2f %-14.1f %s (x%.2f)\n", s, k, r.aggregateTokensPerSecond, r.perTokenMs,
                    qPrintable(busy), r.aggregateTokensPerSecond / base);
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
    const RunResult one = run(parser.value(hop), dt, 1, threads, 1, n);
    const RunResult many = run(parser.value(hop), dt, layers, threads, 1, n);
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
