#include "generatecommand.h"

#include "engine/computeenvironment.h"
#include "engine/engine.h"
#include "enginearguments.h"
#include "kernels/cpufeatures.h"
#include "model/chattemplate.h"
#include "model/tokenizer.h"
#include "remote/remotestagelinkfactory.h"
#include "store/pdfpages.h"
#include "util/jsonreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <numeric>
#include <vector>

namespace mdi {

namespace {

int fail(const QString &message, int code = 1) {
  std::fprintf(stderr, "mdi-run: %s\n", qPrintable(message));
  return code;
}

QJsonArray idsToJson(const QList<qint64> &ids) {
  QJsonArray a;
  for (qint64 id : ids)
    a.append(id);
  return a;
}

QJsonObject statsToJson(const GenerationStats &s, const EngineModelInfo &model) {
  return QJsonObject{
      {QStringLiteral("prompt_tokens"), s.promptTokens},
      {QStringLiteral("image_tokens"), s.imageTokens},
      {QStringLiteral("images"), s.images},
      {QStringLiteral("cached_prefix_tokens"), s.cachedPrefixTokens},
      {QStringLiteral("prefilled_tokens"), s.prefilledTokens},
      {QStringLiteral("generated_tokens"), s.generatedTokens},
      {QStringLiteral("preprocess_ms"), s.preprocessMs},
      {QStringLiteral("vision_ms"), s.visionMs},
      {QStringLiteral("prefill_ms"), s.prefillMs},
      {QStringLiteral("time_to_first_token_ms"), s.timeToFirstTokenMs},
      {QStringLiteral("decode_ms"), s.decodeMs},
      {QStringLiteral("prefill_tokens_per_second"), s.prefillTokensPerSecond()},
      {QStringLiteral("decode_tokens_per_second"), s.decodeTokensPerSecond()},
      {QStringLiteral("peak_rss_bytes"), s.peakRssBytes},
      {QStringLiteral("load_ms"), model.loadMs},
      {QStringLiteral("weight_bytes"), model.weightBytes},
      {QStringLiteral("plan"), model.plan},
      // What --dtype resolved to, why, and which CPU kernels ran it.
      {QStringLiteral("dtype"), model.dtype},
      {QStringLiteral("dtype_reason"), model.precisionReason},
      {QStringLiteral("kernels"), model.kernels},
      {QStringLiteral("cpu_features"), QString::fromStdString(kernels::CpuFeatures::host().describe())},
  };
}

// Most alternatives --logprobs may ask for (OpenAI's top_logprobs allows 0..20 too).
constexpr int kMaxLogprobs = 20;

// One token as OpenAI's logprobs entries show it: its text (TokenLogprobs::text: a token that is
// part of a UTF-8 sequence shows "bytes:\xNN..."), its UTF-8 bytes and its log-probability.
QJsonObject tokenLogprob(const Tokenizer &tokenizer, qint64 id, double logprob) {
  QJsonArray bytes;
  const QByteArray raw = tokenizer.tokenBytes(int(id));
  for (const char b : raw)
    bytes.append(int(static_cast<unsigned char>(b)));
  return QJsonObject{{QStringLiteral("id"), id},
                     {QStringLiteral("token"), TokenLogprobs::text(raw)},
                     {QStringLiteral("logprob"), logprob},
                     {QStringLiteral("bytes"), bytes}};
}

// OpenAI's chat `logprobs` object, {"content": [...]}: for every generated token its
// log-probability and the `top` most likely tokens of that step, from a float64 log-softmax of
// the step's float32 logits (the model's distribution, before temperature, top-k/top-p and
// penalties). Ties in the top list go to the lower id.
QJsonObject logprobsToJson(const GenerationResult &result, const Tokenizer &tokenizer, int top) {
  QJsonArray content;
  const qsizetype steps = qMin(result.tokens.size(), qsizetype(result.logits.size()));
  std::vector<int> order;
  for (qsizetype k = 0; k < steps; ++k) {
    const std::vector<float> &logits = result.logits[size_t(k)];
    const qint64 token = result.tokens.at(k);
    if (logits.empty() || token < 0 || token >= qint64(logits.size()))
      continue;
    double max = -std::numeric_limits<double>::infinity();
    for (const float l : logits)
      max = std::max(max, double(l));
    double sum = 0;
    for (const float l : logits)
      sum += std::exp(double(l) - max);
    const double logZ = max + std::log(sum);
    QJsonObject entry = tokenLogprob(tokenizer, token, double(logits[size_t(token)]) - logZ);
    const int n = std::min(top, int(logits.size()));
    order.resize(logits.size());
    std::iota(order.begin(), order.end(), 0);
    std::partial_sort(order.begin(), order.begin() + n, order.end(), [&](int a, int b) {
      return logits[size_t(a)] > logits[size_t(b)] || (logits[size_t(a)] == logits[size_t(b)] && a < b);
    });
    QJsonArray alternatives;
    for (int j = 0; j < n; ++j)
      alternatives.append(tokenLogprob(tokenizer, order[size_t(j)], double(logits[size_t(order[size_t(j)])]) - logZ));
    entry.insert(QStringLiteral("top_logprobs"), alternatives);
    content.append(entry);
  }
  return QJsonObject{{QStringLiteral("content"), content}};
}

} // namespace

int GenerateCommand::run(const QStringList &arguments, const QString &commandSummary) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      tr("MDI Chat on the command line: one prompt and images in, the answer out.\n\nCommands (mdi-run COMMAND "
         "--help):\n%1")
          .arg(commandSummary));
  parser.addHelpOption();
  parser.addVersionOption();
  // --model, --dtype, --threads, --max-pixels, --stages, --plan, --stage-threads, --peer, --pairing-code
  EngineArguments engineArguments;
  engineArguments.addTo(parser);
  const QCommandLineOption prompt(QStringLiteral("prompt"), tr("The user message."), QStringLiteral("TEXT"));
  const QCommandLineOption image(QStringLiteral("image"),
                                 tr("An image for the prompt, or a PDF: one image per page (repeatable)."),
                                 QStringLiteral("PATH"));
  const QCommandLineOption system(QStringLiteral("system"), tr("A system message."), QStringLiteral("TEXT"));
  const QCommandLineOption messages(
      QStringLiteral("messages"),
      tr("A JSON file with \"messages\" (Hugging Face chat format) and optional \"chat_template_kwargs\"."),
      QStringLiteral("FILE"));
  const QCommandLineOption imageDir(QStringLiteral("image-dir"),
                                    tr("Folder that relative image names in --messages resolve against."),
                                    QStringLiteral("DIR"));
  const QCommandLineOption maxTokens(
      QStringLiteral("max-tokens"),
      tr("Most tokens to generate (default: the model's generation_config.json, else 512)."), QStringLiteral("N"));
  const QCommandLineOption temperature(
      QStringLiteral("temperature"),
      tr("Sampling temperature; 0 is greedy. Giving it, --top-p, --top-k or --min-p replaces the model's "
         "generation_config.json sampling: what is not given is 1 (temperature, top-p) or off (top-k, min-p)."),
      QStringLiteral("T"));
  const QCommandLineOption topK(QStringLiteral("top-k"), tr("Keep the K most likely tokens (0: off)."),
                                QStringLiteral("K"));
  const QCommandLineOption topP(QStringLiteral("top-p"), tr("Nucleus sampling threshold."), QStringLiteral("P"));
  const QCommandLineOption minP(QStringLiteral("min-p"), tr("Drop tokens below P times the top probability."),
                                QStringLiteral("P"));
  const QCommandLineOption repetition(QStringLiteral("repetition-penalty"), tr("Repetition penalty (1: off)."),
                                      QStringLiteral("R"));
  const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed (default 0)."), QStringLiteral("S"));
  const QCommandLineOption stop(QStringLiteral("stop"), tr("A stop string (repeatable)."), QStringLiteral("TEXT"));
  const QCommandLineOption ignoreEos(QStringLiteral("ignore-eos"), tr("Keep generating after end-of-sequence."));
  const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object with tokens, text and statistics."));
  const QCommandLineOption parallel(QStringLiteral("parallel"),
                                    tr("Generate K answers at once with seeds S..S+K-1 (--json prints an array)."),
                                    QStringLiteral("K"));
  const QCommandLineOption logprobs(
      QStringLiteral("logprobs"),
      tr("With --json: each generated token's log-probability and the N most likely tokens of its step (0 to %1), "
         "under \"logprobs\" as in OpenAI's chat API; from the model's distribution, before temperature and "
         "top-k/top-p. Keeps every step's logits (0.6 MB each for Qwen2-VL).")
          .arg(kMaxLogprobs),
      QStringLiteral("N"));
  parser.addOptions({prompt, image, system, messages, imageDir, maxTokens, temperature, topK, topP, minP, repetition,
                     seed, stop, ignoreEos, json, parallel, logprobs});
  parser.process(arguments);
  if (arguments.size() <= 1)
    parser.showHelp(2); // no arguments at all: show what mdi-run can do

  if (!parser.isSet(engineArguments.model()))
    return fail(tr("--model DIR is required (see --help)"), 2);
  if (parser.isSet(prompt) == parser.isSet(messages))
    return fail(tr("give either --prompt or --messages"), 2);

  GenerationRequest request;
  if (parser.isSet(messages)) {
    const QString file = parser.value(messages);
    auto object = JsonReader::readObjectFile(file);
    if (!object)
      return fail(object.error());
    auto parsed = ChatTemplate::messagesFromJson(object->value(QStringLiteral("messages")).toArray());
    if (!parsed)
      return fail(QFileInfo(file).fileName() + QStringLiteral(": ") + parsed.error());
    request.messages = *parsed;
    const QJsonObject kwargs = object->value(QStringLiteral("chat_template_kwargs")).toObject();
    request.templateOptions.addVisionId = kwargs.value(QStringLiteral("add_vision_id")).toBool(false);
    request.templateOptions.addGenerationPrompt = kwargs.value(QStringLiteral("add_generation_prompt")).toBool(true);
    request.imageBaseDir = parser.isSet(imageDir) ? parser.value(imageDir) : QFileInfo(file).absolutePath();
  } else {
    if (parser.isSet(system))
      request.messages.append({QStringLiteral("system"), {ChatPart::makeText(parser.value(system))}});
    ChatMessage user{QStringLiteral("user"), {}};
    for (const QString &path : parser.values(image))
      user.parts.append(ChatPart::makeImage(QFileInfo(path).absoluteFilePath()));
    user.parts.append(ChatPart::makeText(parser.value(prompt)));
    request.messages.append(user);
  }
  // A PDF given as an image is read as one image per page.
  PdfPages::ExpandOptions pdf;
  pdf.allowFiles = true;
  pdf.baseDir = request.imageBaseDir;
  if (Status pages = PdfPages::expandMessages(request.messages, pdf); !pages)
    return fail(pages.error());

  bool ok = true;
  auto number = [&](const QCommandLineOption &o, auto fallback) {
    auto value = EngineArguments::number(parser, o, fallback);
    if (!value) {
      fail(value.error(), 2);
      ok = false;
      return fallback;
    }
    return *value;
  };
  // Read before the load because the placement options need the layer count; the answer's
  // sampling defaults come from the engine's copy after the load (EngineModelInfo).
  auto config = ModelConfig::loadFromDirectory(parser.value(engineArguments.model()));
  if (!config)
    return fail(config.error());

  auto loaded = engineArguments.read(parser, *config);
  if (!loaded)
    return fail(loaded.error(), 2);
  const EngineLoadOptions load = *loaded;
  const int answers = number(parallel, 1);
  if (answers < 1)
    return fail(tr("--parallel must be at least 1"), 2);
  const int topLogprobs = number(logprobs, -1);
  if (!ok)
    return 2;
  if (parser.isSet(logprobs)) {
    if (topLogprobs < 0 || topLogprobs > kMaxLogprobs)
      return fail(tr("--logprobs must be between 0 and %1, not '%2'").arg(kMaxLogprobs).arg(parser.value(logprobs)), 2);
    if (!parser.isSet(json))
      return fail(tr("--logprobs needs --json (the log-probabilities are part of the JSON answer)"), 2);
    request.keepLogits = true;
  }

  // The flags as overrides; SamplingParams::merged() puts them over the loaded model's
  // generation_config.json by the rule the app and the API follow (docs/API.md, "Sampling").
  SamplingOverrides overrides;
  if (parser.isSet(temperature))
    overrides.temperature = number(temperature, 1.0);
  if (parser.isSet(topK))
    overrides.topK = number(topK, 0);
  if (parser.isSet(topP))
    overrides.topP = number(topP, 1.0);
  if (parser.isSet(minP))
    overrides.minP = number(minP, 0.0);
  if (parser.isSet(repetition))
    overrides.repetitionPenalty = number(repetition, 1.0);
  if (parser.isSet(maxTokens))
    overrides.maxNewTokens = number(maxTokens, 512);
  const quint64 firstSeed = number(seed, quint64(0));
  const QStringList stopStrings = parser.values(stop);
  const bool keepGoing = parser.isSet(ignoreEos);
  if (!ok)
    return 2;
  const auto withModel = [&](const SamplingParams &modelDefaults) {
    SamplingParams merged = SamplingParams::merged(modelDefaults, overrides);
    merged.seed = firstSeed;
    merged.stopStrings = stopStrings;
    merged.ignoreEos = keepGoing;
    return merged;
  };
  // The flags checked now, over neutral defaults, so that a wrong value fails before the load.
  if (Status valid = withModel(SamplingParams()).validate(); !valid)
    return fail(valid.error(), 2);

  const bool asJson = parser.isSet(json);
  Engine engine(RemoteStageLinkFactory::create());
  EngineArguments::printLoadProgress(engine, QStringLiteral("mdi-run: "));
  QEventLoop loop;
  QString loadError;
  QList<quint64> ids;
  QElapsedTimer together; // from the first answer started to the last one ended
  QHash<quint64, GenerationResult> results;
  QHash<quint64, QString> errors;
  auto done = [&] {
    if (results.size() + errors.size() == ids.size())
      loop.quit();
  };
  QObject::connect(&engine, &Engine::loadFailed, &loop, [&](const QString &error) {
    loadError = error;
    loop.quit();
  });
  QObject::connect(&engine, &Engine::modelLoaded, &loop, [&](const EngineModelInfo &info) {
    request.sampling = withModel(info.generationDefaults);
    if (Status valid = request.sampling.validate(); !valid) {
      loadError = valid.error(); // the model's own values are out of range
      loop.quit();
      return;
    }
    together.start();
    for (int k = 0; k < answers; ++k) {
      GenerationRequest r = request;
      r.sampling.seed = request.sampling.seed + quint64(k);
      ids.append(engine.generate(r));
    }
  });
  QObject::connect(&engine, &Engine::tokenGenerated, &loop, [&](quint64, qint64, const QString &piece) {
    if (!asJson && answers == 1 && !piece.isEmpty()) {
      std::fputs(piece.toUtf8().constData(), stdout);
      std::fflush(stdout);
    }
  });
  QObject::connect(&engine, &Engine::generationFinished, &loop, [&](quint64 id, const GenerationResult &result) {
    results.insert(id, result);
    done();
  });
  QObject::connect(&engine, &Engine::generationFailed, &loop, [&](quint64 id, const QString &error) {
    errors.insert(id, error);
    done();
  });
  engine.loadModel(load);
  loop.exec();
  const double togetherMs = together.isValid() ? together.nsecsElapsed() / 1e6 : 0;
  if (!loadError.isEmpty())
    return fail(loadError);
  if (!errors.isEmpty())
    return fail(errors.begin().value());

  Tokenizer tokenizer;
  if (request.keepLogits) {
    auto loadedTokenizer = Tokenizer::loadFromDirectory(load.directory);
    if (!loadedTokenizer)
      return fail(loadedTokenizer.error());
    tokenizer = *loadedTokenizer;
  }

  const EngineModelInfo &info = engine.modelInfo();
  QJsonArray all;
  for (int k = 0; k < ids.size(); ++k) {
    const GenerationResult &result = results.value(ids.at(k));
    if (asJson) {
      QJsonObject stats = statsToJson(result.stats, info);
      QJsonArray stageArray;
      for (const StageStats &st : engine.stageStats())
        stageArray.append(QJsonObject{{QStringLiteral("stage"), st.description},
                                      {QStringLiteral("forwards"), st.forwards},
                                      {QStringLiteral("tokens"), st.tokens},
                                      {QStringLiteral("busy_ms"), st.busyMs},
                                      {QStringLiteral("wait_ms"), st.waitMs}});
      stats.insert(QStringLiteral("stages"), stageArray);
      QJsonObject answer{
          {QStringLiteral("prompt_tokens"), idsToJson(result.promptTokens)},
          {QStringLiteral("tokens"), idsToJson(result.tokens)},
          {QStringLiteral("text"), result.text},
          {QStringLiteral("finish_reason"), finishReasonName(result.finishReason)},
          {QStringLiteral("seed"), qint64(request.sampling.seed + quint64(k))},
          {QStringLiteral("stats"), stats},
      };
      if (request.keepLogits)
        answer.insert(QStringLiteral("logprobs"), logprobsToJson(result, tokenizer, topLogprobs));
      all.append(answer);
    } else {
      const GenerationStats &st = result.stats;
      if (answers > 1)
        std::fprintf(stdout, "--- answer %d (seed %llu)\n%s", k + 1,
                     static_cast<unsigned long long>(request.sampling.seed + quint64(k)),
                     result.text.toUtf8().constData());
      std::fprintf(stdout, "\n");
      std::fprintf(stderr,
                   "[%lld prompt tokens (%lld image), %lld generated; first token %.0f ms; prefill %.1f tok/s; "
                   "decode %.2f tok/s; %s; plan %s]\n",
                   qint64(st.promptTokens), qint64(st.imageTokens), qint64(st.generatedTokens), st.timeToFirstTokenMs,
                   st.prefillTokensPerSecond(), st.decodeTokensPerSecond(),
                   qPrintable(finishReasonName(result.finishReason)), qPrintable(info.plan));
    }
  }
  if (answers > 1 && togetherMs > 0) {
    // The figure batching is about: every answer's tokens over the time they all took together.
    qint64 generated = 0;
    double firstTokens = 0;
    for (const quint64 id : std::as_const(ids)) {
      generated += results.value(id).stats.generatedTokens;
      firstTokens = std::max(firstTokens, results.value(id).stats.timeToFirstTokenMs);
    }
    std::fprintf(stderr,
                 "[%d answers together: %lld tokens in %.1f s, %.2f tokens/s; after the last first token %.2f "
                 "tokens/s]\n",
                 answers, static_cast<long long>(generated), togetherMs / 1000, generated * 1000.0 / togetherMs,
                 togetherMs > firstTokens ? (generated - answers) * 1000.0 / (togetherMs - firstTokens) : 0.0);
  }
  if (asJson) {
    const QByteArray text = answers == 1 ? QJsonDocument(all.at(0).toObject()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(all).toJson(QJsonDocument::Compact);
    std::fputs(text.constData(), stdout);
    std::fputs("\n", stdout);
  }
  return 0;
}

} // namespace mdi
