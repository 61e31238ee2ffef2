#pragma once

#include "engine/engine.h"
#include "engine/generationrequest.h"
#include "engine/generationresult.h"
#include "util/expected.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QEventLoop;

namespace mdi::test {

// Generous limits for waits on a shared, busy machine (not assertions about speed).
constexpr int kLoadTimeoutMs = 180'000;
constexpr int kRunTimeoutMs = 300'000;

// What became of one generate() call, as the Engine's signals told it.
struct RunOutcome {
  quint64 conversation = 0;
  bool ended = false;  // finished or failed
  bool failed = false; // generationFailed
  QString error;
  GenerationResult result;      // with generationFinished
  QList<qint64> streamedTokens; // tokenGenerated ids (>= 0) in arrival order
  QString streamedText;         // tokenGenerated pieces concatenated
};

// An Engine with an event loop around it for tests: load a model and wait, start answers and
// wait for them to end, read what the signals said.
class EngineRunner : public QObject {
public:
  explicit EngineRunner(QObject *parent = nullptr);
  ~EngineRunner() override;

  Engine &engine() { return *m_engine; }

  // Loads and waits for modelLoaded or loadFailed.
  Expected<EngineModelInfo> load(const EngineLoadOptions &options, int timeoutMs = kLoadTimeoutMs);
  // f32 on the CPU, one thread for the coordinator and each stage; plan text such as "0-1,1-2"
  // (empty: one stage).
  Expected<EngineModelInfo> load(const QString &directory, const QString &plan = {}, int timeoutMs = kLoadTimeoutMs);
  static Expected<EngineLoadOptions> loadOptions(const QString &directory, const QString &plan = {});

  // Starts an answer (conversation 0: a new one) and returns its conversation id; the outcome
  // for that id starts over.
  quint64 start(const GenerationRequest &request, quint64 conversation = 0);
  // Waits until every listed conversation has ended; false on timeout.
  bool wait(const QList<quint64> &conversations, int timeoutMs = kRunTimeoutMs);
  const RunOutcome &outcome(quint64 conversation) const;

  // start() + wait(); a timed-out run comes back with ended false.
  RunOutcome run(const GenerationRequest &request, quint64 conversation = 0, int timeoutMs = kRunTimeoutMs);
  // Starts all requests at once (each in a new conversation) and waits for all of them.
  QList<RunOutcome> runTogether(const QList<GenerationRequest> &requests, int timeoutMs = kRunTimeoutMs);

private:
  void onEnded();

  std::unique_ptr<Engine> m_engine;
  QHash<quint64, RunOutcome> m_outcomes;
  QList<quint64> m_waitingFor;
  QEventLoop *m_loop = nullptr;
};

// The greedy answer of the single-process reference path (Qwen2VLModel), for comparisons.
struct ReferenceRun {
  QList<qint64> promptTokens;
  QList<qint64> tokens;                   // argmax of each step's logits
  std::vector<std::vector<float>> logits; // per step
};

// Qwen2VLModel with the prompt building (template, tokenizer, images) the pipeline uses.
class ReferenceModel {
public:
  static Expected<std::unique_ptr<ReferenceModel>> load(const QString &directory);
  ~ReferenceModel();

  // Prompt of the request, then `steps` greedy tokens (argmax, no penalty, EOS ignored).
  Expected<ReferenceRun> greedy(const GenerationRequest &request, int steps);

private:
  ReferenceModel();
  struct Private;
  std::unique_ptr<Private> d;
};

// A greedy request of the fixture case `name` (its messages and images): temperature 0,
// repetition penalty 1, EOS ignored, `maxTokens` tokens, step logits kept.
GenerationRequest caseRequest(const QString &name, int maxTokens = 8);
// A user message of text, optionally after images (file names in the fixture's images folder).
GenerationRequest textRequest(const QString &text, const QStringList &images = {}, int maxTokens = 8);

// Writes a random f32 checkpoint shaped like the tiny fixture (same tokenizer, vision tower and
// preprocessing) with `layers` decoder layers into dir; maxPositions > 0 lowers the context.
Status writeTinyRandomCheckpoint(const QString &dir, int layers, quint64 seed, qint64 maxPositions = 0);

double maxAbsDiff(const std::vector<float> &a, const std::vector<float> &b);
// The largest difference over all steps; infinity when the step counts or sizes differ.
double maxAbsDiff(const std::vector<std::vector<float>> &a, const std::vector<std::vector<float>> &b);
// Length of the common prefix of two id lists.
qsizetype commonPrefix(const QList<qint64> &a, const QList<qint64> &b);

} // namespace mdi::test
