#include "enginerunner.h"

#include "engine/plan.h"
#include "engine/promptbuilder.h"
#include "fixtures.h"
#include "model/chattemplate.h"
#include "model/checkpoint.h"
#include "model/imagepreprocessor.h"
#include "model/modelconfig.h"
#include "model/qwen2vlmodel.h"
#include "model/randomcheckpointwriter.h"
#include "model/tokenizer.h"
#include "remote/remotestagelinkfactory.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <limits>

namespace mdi::test {

EngineRunner::EngineRunner(QObject *parent) :
    QObject(parent), m_engine(std::make_unique<Engine>(RemoteStageLinkFactory::create())) {
  connect(m_engine.get(), &Engine::tokenGenerated, this, [this](quint64 id, qint64 token, const QString &piece) {
    RunOutcome &o = m_outcomes[id];
    o.conversation = id;
    if (token >= 0)
      o.streamedTokens.append(token);
    o.streamedText += piece;
  });
  connect(m_engine.get(), &Engine::generationFinished, this, [this](quint64 id, const GenerationResult &result) {
    RunOutcome &o = m_outcomes[id];
    o.conversation = id;
    o.ended = true;
    o.result = result;
    onEnded();
  });
  connect(m_engine.get(), &Engine::generationFailed, this, [this](quint64 id, const QString &error) {
    RunOutcome &o = m_outcomes[id];
    o.conversation = id;
    o.ended = true;
    o.failed = true;
    o.error = error;
    onEnded();
  });
}

EngineRunner::~EngineRunner() = default;

Expected<EngineLoadOptions> EngineRunner::loadOptions(const QString &directory, const QString &plan) {
  EngineLoadOptions options;
  options.directory = directory;
  options.threads = 1;
  options.stageThreads = 1;
  if (!plan.isEmpty()) {
    auto config = ModelConfig::loadFromDirectory(directory);
    if (!config)
      return makeError(config.error());
    auto parsed = Plan::parse(plan, config->text.numLayers);
    if (!parsed)
      return makeError(parsed.error());
    options.plan = *parsed;
  }
  return options;
}

Expected<EngineModelInfo> EngineRunner::load(const QString &directory, const QString &plan, int timeoutMs) {
  auto options = loadOptions(directory, plan);
  if (!options)
    return makeError(options.error());
  return load(*options, timeoutMs);
}

Expected<EngineModelInfo> EngineRunner::load(const EngineLoadOptions &options, int timeoutMs) {
  QEventLoop loop;
  std::optional<Expected<EngineModelInfo>> outcome;
  const auto loaded = connect(m_engine.get(), &Engine::modelLoaded, &loop, [&](const EngineModelInfo &info) {
    outcome.emplace(info);
    loop.quit();
  });
  const auto failed = connect(m_engine.get(), &Engine::loadFailed, &loop, [&](const QString &error) {
    outcome.emplace(makeError(error));
    loop.quit();
  });
  QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
  m_engine->loadModel(options);
  if (!outcome)
    loop.exec();
  disconnect(loaded);
  disconnect(failed);
  if (!outcome)
    return makeError(QStringLiteral("the model did not load within %1 ms").arg(timeoutMs));
  return *outcome;
}

quint64 EngineRunner::start(const GenerationRequest &request, quint64 conversation) {
  if (conversation)
    m_outcomes.remove(conversation);
  const quint64 id = m_engine->generate(request, conversation);
  // A queued failure for this id cannot have been delivered yet (no event loop ran).
  RunOutcome &o = m_outcomes[id];
  o.conversation = id;
  return id;
}

void EngineRunner::onEnded() {
  if (!m_loop)
    return;
  for (quint64 id : std::as_const(m_waitingFor))
    if (!m_outcomes.value(id).ended)
      return;
  m_loop->quit();
}

bool EngineRunner::wait(const QList<quint64> &conversations, int timeoutMs) {
  auto allEnded = [&] {
    return std::all_of(conversations.begin(), conversations.end(),
                       [&](quint64 id) { return m_outcomes.value(id).ended; });
  };
  QDeadlineTimer deadline(timeoutMs);
  while (!allEnded() && !deadline.hasExpired()) {
    QEventLoop loop;
    m_loop = &loop;
    m_waitingFor = conversations;
    QTimer::singleShot(qMax<qint64>(1, deadline.remainingTime()), &loop, &QEventLoop::quit);
    loop.exec();
    m_loop = nullptr;
  }
  return allEnded();
}

const RunOutcome &EngineRunner::outcome(quint64 conversation) const {
  static const RunOutcome none;
  const auto it = m_outcomes.constFind(conversation);
  return it == m_outcomes.constEnd() ? none : *it;
}

RunOutcome EngineRunner::run(const GenerationRequest &request, quint64 conversation, int timeoutMs) {
  const quint64 id = start(request, conversation);
  wait({id}, timeoutMs);
  return outcome(id);
}

QList<RunOutcome> EngineRunner::runTogether(const QList<GenerationRequest> &requests, int timeoutMs) {
  QList<quint64> ids;
  for (const GenerationRequest &r : requests)
    ids.append(start(r));
  wait(ids, timeoutMs);
  QList<RunOutcome> out;
  for (quint64 id : ids)
    out.append(outcome(id));
  return out;
}

// --- ReferenceModel ---

struct ReferenceModel::Private {
  std::optional<Checkpoint> checkpoint;
  std::optional<Tokenizer> tokenizer;
  std::optional<ImagePreprocessor> images;
  std::unique_ptr<Qwen2VLModel> model;
};

ReferenceModel::ReferenceModel() : d(std::make_unique<Private>()) {}
ReferenceModel::~ReferenceModel() = default;

Expected<std::unique_ptr<ReferenceModel>> ReferenceModel::load(const QString &directory) {
  std::unique_ptr<ReferenceModel> r(new ReferenceModel);
  auto checkpoint = Checkpoint::open(directory);
  if (!checkpoint)
    return makeError(checkpoint.error());
  r->d->checkpoint.emplace(std::move(*checkpoint));
  auto tokenizer = Tokenizer::loadFromDirectory(directory);
  if (!tokenizer)
    return makeError(tokenizer.error());
  r->d->tokenizer.emplace(std::move(*tokenizer));
  r->d->images.emplace(r->d->checkpoint->config().preprocessor);
  auto model = Qwen2VLModel::load(*r->d->checkpoint, ComputeOptions{});
  if (!model)
    return makeError(model.error());
  r->d->model = std::move(*model);
  return r;
}

Expected<ReferenceRun> ReferenceModel::greedy(const GenerationRequest &request, int steps) {
  const PromptBuilder builder(d->checkpoint->config(), *d->tokenizer, *d->images);
  auto prompt = builder.build(request.messages, request.templateOptions, request.imageBaseDir);
  if (!prompt)
    return makeError(prompt.error());
  ReferenceRun run;
  run.promptTokens = prompt->ids;
  d->model->reset();
  auto logits = d->model->prefill(prompt->ids, prompt->images);
  for (int k = 0; k < steps; ++k) {
    if (!logits)
      return makeError(logits.error());
    const qint64 token = qint64(std::max_element(logits->begin(), logits->end()) - logits->begin());
    run.tokens.append(token);
    run.logits.push_back(std::move(*logits));
    if (k + 1 < steps)
      logits = d->model->decode(token);
  }
  return run;
}

// --- requests and checkpoints ---

namespace {
SamplingParams greedyParams(int maxTokens) {
  SamplingParams s;
  s.doSample = false;
  s.temperature = 0;
  s.repetitionPenalty = 1.0;
  s.maxNewTokens = maxTokens;
  s.eosTokenIds = {151645, 151643};
  s.ignoreEos = true;
  return s;
}

QJsonObject readJson(const QString &path) {
  return QJsonDocument::fromJson(Fixtures::readFile(path)).object();
}
} // namespace

GenerationRequest caseRequest(const QString &name, int maxTokens) {
  GenerationRequest r;
  const QJsonObject c = Fixtures::caseJson(name);
  auto messages = ChatTemplate::messagesFromJson(c.value(QStringLiteral("messages")).toArray());
  if (messages)
    r.messages = *messages;
  const QJsonObject kwargs = c.value(QStringLiteral("chat_template_kwargs")).toObject();
  r.templateOptions.addGenerationPrompt = kwargs.value(QStringLiteral("add_generation_prompt")).toBool(true);
  r.templateOptions.addVisionId = kwargs.value(QStringLiteral("add_vision_id")).toBool(false);
  r.imageBaseDir = Fixtures::imagesDir();
  r.sampling = greedyParams(maxTokens);
  r.keepLogits = true;
  return r;
}

GenerationRequest textRequest(const QString &text, const QStringList &images, int maxTokens) {
  GenerationRequest r;
  ChatMessage user{QStringLiteral("user"), {}};
  for (const QString &image : images)
    user.parts.append(ChatPart::makeImage(image));
  user.parts.append(ChatPart::makeText(text));
  r.messages.append(user);
  r.imageBaseDir = Fixtures::imagesDir();
  r.sampling = greedyParams(maxTokens);
  r.keepLogits = true;
  return r;
}

Status writeTinyRandomCheckpoint(const QString &dir, int layers, quint64 seed, qint64 maxPositions) {
  const QString source = Fixtures::checkpointDir();
  RandomCheckpointSpec spec;
  spec.config = readJson(source + QStringLiteral("/config.json"));
  spec.generationConfig = readJson(source + QStringLiteral("/generation_config.json"));
  spec.preprocessorConfig = readJson(source + QStringLiteral("/preprocessor_config.json"));
  if (spec.config.isEmpty() || spec.preprocessorConfig.isEmpty())
    return makeError(QStringLiteral("cannot read the fixture's configuration in ") + source);
  RandomCheckpointWriter::setLayerCount(spec.config, layers);
  spec.dtype = DType::F32;
  RandomCheckpointWriter::setTorchDtype(spec.config, spec.dtype);
  if (maxPositions > 0)
    spec.config.insert(QStringLiteral("max_position_embeddings"), maxPositions);
  spec.seed = seed;
  spec.tokenizerDir = source;
  auto written = RandomCheckpointWriter::write(dir, spec);
  if (!written)
    return makeError(written.error());
  return Status::ok();
}

double maxAbsDiff(const std::vector<float> &a, const std::vector<float> &b) {
  if (a.size() != b.size())
    return std::numeric_limits<double>::infinity();
  double m = 0;
  for (size_t i = 0; i < a.size(); ++i)
    m = std::max(m, std::abs(double(a[i]) - double(b[i])));
  return m;
}

double maxAbsDiff(const std::vector<std::vector<float>> &a, const std::vector<std::vector<float>> &b) {
  if (a.size() != b.size())
    return std::numeric_limits<double>::infinity();
  double m = 0;
  for (size_t i = 0; i < a.size(); ++i)
    m = std::max(m, maxAbsDiff(a[i], b[i]));
  return m;
}

qsizetype commonPrefix(const QList<qint64> &a, const QList<qint64> &b) {
  qsizetype n = 0;
  while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
    ++n;
  return n;
}

} // namespace mdi::test
