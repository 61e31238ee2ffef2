#include "generatecommand.h"

#include "engine/computeenvironment.h"
#include "engine/engine.h"
#include "model/chattemplate.h"
#include "util/jsonreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>

namespace mdi {

namespace {

QString tr(const char *text) {
  return QCoreApplication::translate("GenerateCommand", text);
}

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
  };
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
  const QCommandLineOption model(QStringLiteral("model"), tr("Checkpoint folder (Hugging Face layout)."),
                                 QStringLiteral("DIR"));
  const QCommandLineOption prompt(QStringLiteral("prompt"), tr("The user message."), QStringLiteral("TEXT"));
  const QCommandLineOption image(QStringLiteral("image"), tr("An image for the prompt (repeatable)."),
                                 QStringLiteral("PATH"));
  const QCommandLineOption system(QStringLiteral("system"), tr("A system message."), QStringLiteral("TEXT"));
  const QCommandLineOption messages(
      QStringLiteral("messages"),
      tr("A JSON file with \"messages\" (Hugging Face chat format) and optional \"chat_template_kwargs\"."),
      QStringLiteral("FILE"));
  const QCommandLineOption imageDir(QStringLiteral("image-dir"),
                                    tr("Folder that relative image names in --messages resolve against."),
                                    QStringLiteral("DIR"));
  const QCommandLineOption maxTokens(QStringLiteral("max-tokens"), tr("Most tokens to generate (default 512)."),
                                     QStringLiteral("N"));
  const QCommandLineOption temperature(
      QStringLiteral("temperature"),
      tr("Sampling temperature; 0 is greedy. The model's generation_config.json top-k/top-p still apply unless given."),
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
  const QCommandLineOption dtype(QStringLiteral("dtype"), tr("Compute dtype: f32 or bf16 (default f32)."),
                                 QStringLiteral("DTYPE"));
  const QCommandLineOption threads(QStringLiteral("threads"), tr("Compute threads (default: physical cores)."),
                                   QStringLiteral("N"));
  const QCommandLineOption maxPixels(QStringLiteral("max-pixels"),
                                     tr("Largest image area in pixels after resizing (default: the model's)."),
                                     QStringLiteral("N"));
  const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object with tokens, text and statistics."));
  const QCommandLineOption stages(QStringLiteral("stages"),
                                  tr("Split the decoder layers across N local stages (worker threads)."),
                                  QStringLiteral("N"));
  const QCommandLineOption planOption(QStringLiteral("plan"),
                                      tr("Explicit layer ranges, one local stage each, e.g. \"0-9,9-19,19-28\"."),
                                      QStringLiteral("RANGES"));
  const QCommandLineOption parallel(QStringLiteral("parallel"),
                                    tr("Generate K answers at once with seeds S..S+K-1 (--json prints an array)."),
                                    QStringLiteral("K"));
  const QCommandLineOption stageThreads(
      QStringLiteral("stage-threads"), tr("Compute threads per stage (default: cores / stages)."), QStringLiteral("N"));
  const QCommandLineOption peerOption(
      QStringLiteral("peer"),
      tr("An mdi-node to run stages on (repeatable): with K peers the last K stages of the plan run on them, in "
         "order (default: --stages K)."),
      QStringLiteral("HOST:PORT"));
  const QCommandLineOption pairingCode(QStringLiteral("pairing-code"),
                                       tr("The pairing code of the peers (one per --peer, or one for all)."),
                                       QStringLiteral("CODE"));
  parser.addOptions({model, prompt, image,      system,   messages,     imageDir,   maxTokens,  temperature, topK,
                     topP,  minP,   repetition, seed,     stop,         ignoreEos,  dtype,      threads,     maxPixels,
                     json,  stages, planOption, parallel, stageThreads, peerOption, pairingCode});
  parser.process(arguments);
  if (arguments.size() <= 1)
    parser.showHelp(2); // no arguments at all: show what mdi-run can do

  if (!parser.isSet(model))
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

  ComputeOptions options;
  const QString dtypeName = parser.value(dtype).toLower();
  if (dtypeName == QLatin1String("bf16"))
    options.dtype = ComputeDtype::BF16;
  else if (!dtypeName.isEmpty() && dtypeName != QLatin1String("f32"))
    return fail(tr("--dtype must be f32 or bf16, not '%1'").arg(parser.value(dtype)), 2);

  bool ok = true;
  auto number = [&](const QCommandLineOption &o, auto fallback) {
    using T = decltype(fallback);
    if (!parser.isSet(o))
      return fallback;
    bool good = false;
    T value{};
    if constexpr (std::is_floating_point_v<T>) {
      value = parser.value(o).toDouble(&good);
      good = good && std::isfinite(value);
    } else {
      // Parse wide and refuse what the option's type cannot hold (no silent wrap-around).
      const qint64 wide = parser.value(o).toLongLong(&good);
      good = good && wide >= qint64(std::numeric_limits<T>::min()) &&
             (std::is_same_v<T, quint64> || wide <= qint64(std::numeric_limits<T>::max()));
      value = T(wide);
    }
    if (!good) {
      fail(tr("--%1 needs a number in range, not '%2'").arg(o.names().first(), parser.value(o)), 2);
      ok = false;
    }
    return good ? value : fallback;
  };
  const QString modelDir = parser.value(model);
  auto config = ModelConfig::loadFromDirectory(modelDir);
  if (!config)
    return fail(config.error());

  EngineLoadOptions load;
  load.directory = modelDir;
  load.compute = options;
  load.threads = number(threads, 0);
  load.stageThreads = number(stageThreads, 0);
  load.maxImagePixels = number(maxPixels, qint64(0));
  load.localStages = number(stages, 1);
  if (parser.isSet(planOption)) {
    auto plan = Plan::parse(parser.value(planOption), config->text.numLayers);
    if (!plan)
      return fail(plan.error(), 2);
    load.plan = *plan;
  }
  const int answers = number(parallel, 1);
  if (load.localStages < 1 || answers < 1)
    return fail(tr("--stages and --parallel must be at least 1"), 2);
  const QStringList peers = parser.values(peerOption);
  const QStringList codes = parser.values(pairingCode);
  if (!peers.isEmpty()) {
    if (codes.size() != 1 && codes.size() != peers.size())
      return fail(tr("Give one --pairing-code for all peers or one per --peer."), 2);
    if (load.plan.stages.isEmpty())
      load.plan = Plan::evenSplit(config->text.numLayers, parser.isSet(stages) ? load.localStages : int(peers.size()));
    if (load.plan.stages.size() < peers.size())
      return fail(
          tr("%1 peers need at least %1 stages; the plan has %2.").arg(peers.size()).arg(load.plan.stages.size()), 2);
    const qsizetype firstRemote = load.plan.stages.size() - peers.size();
    for (qsizetype i = 0; i < peers.size(); ++i) {
      const QString &text = peers.at(i);
      const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
      bool portOk = false;
      const uint port = colon > 0 ? text.mid(colon + 1).toUInt(&portOk) : 0;
      if (!portOk || port == 0 || port > 65535)
        return fail(tr("--peer takes HOST:PORT, not '%1'.").arg(text), 2);
      RemotePeer peer;
      peer.hostId = QStringLiteral("peer:%1").arg(i);
      peer.host = text.left(colon);
      if (peer.host.startsWith(QLatin1Char('[')) && peer.host.endsWith(QLatin1Char(']')))
        peer.host = peer.host.mid(1, peer.host.size() - 2);
      peer.port = quint16(port);
      peer.pairingCode = codes.size() == 1 ? codes.first() : codes.at(i);
      load.peers.append(peer);
      load.plan.stages[firstRemote + i].hostId = peer.hostId;
    }
  }

  SamplingParams &s = request.sampling;
  s = SamplingParams::fromGenerationConfig(config->generation);
  s.maxNewTokens = number(maxTokens, 512);
  if (parser.isSet(temperature)) {
    s.temperature = number(temperature, 1.0);
    s.doSample = s.temperature > 0;
  }
  s.topK = number(topK, s.topK);
  s.topP = number(topP, s.topP);
  s.minP = number(minP, s.minP);
  s.repetitionPenalty = number(repetition, s.repetitionPenalty);
  s.seed = number(seed, quint64(0));
  s.stopStrings = parser.values(stop);
  s.ignoreEos = parser.isSet(ignoreEos);
  if (!ok)
    return 2;
  if (Status valid = s.validate(); !valid)
    return fail(valid.error(), 2);

  const bool asJson = parser.isSet(json);
  Engine engine;
  QEventLoop loop;
  QString loadError;
  QList<quint64> ids;
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
  QObject::connect(&engine, &Engine::modelLoaded, &loop, [&] {
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
  if (!loadError.isEmpty())
    return fail(loadError);
  if (!errors.isEmpty())
    return fail(errors.begin().value());

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
      all.append(QJsonObject{
          {QStringLiteral("prompt_tokens"), idsToJson(result.promptTokens)},
          {QStringLiteral("tokens"), idsToJson(result.tokens)},
          {QStringLiteral("text"), result.text},
          {QStringLiteral("finish_reason"), finishReasonName(result.finishReason)},
          {QStringLiteral("seed"), qint64(request.sampling.seed + quint64(k))},
          {QStringLiteral("stats"), stats},
      });
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
  if (asJson) {
    const QByteArray text = answers == 1 ? QJsonDocument(all.at(0).toObject()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(all).toJson(QJsonDocument::Compact);
    std::fputs(text.constData(), stdout);
    std::fputs("\n", stdout);
  }
  return 0;
}

} // namespace mdi
