#include "api/chatcompletionrequest.h"

#include "model/chattemplate.h"
#include "model/imagepreprocessor.h"
#include "model/jsonschema.h"
#include "store/pdfpages.h"
#include "util/jsonreader.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QRandomGenerator>
#include <QUrl>

#include <limits>
#include <optional>

namespace mdi {

namespace {

constexpr int kMaxStopStrings = 4; // as OpenAI
constexpr qint64 kIntMax = std::numeric_limits<int>::max();

bool isSet(const QJsonObject &o, const QString &key) {
  const QJsonValue v = o.value(key);
  return !v.isUndefined() && !v.isNull();
}

// OpenAI's roles that the Qwen2-VL template can render; "developer" is the newer name of
// "system" (o1 and later).
Expected<QString> roleOf(const QJsonValue &value, qsizetype index) {
  const QString role = value.toString();
  if (!value.isString() || role.isEmpty())
    return makeError(ChatCompletionRequest::tr("messages[%1].role must be a non-empty string").arg(index));
  if (role == QLatin1String("developer"))
    return QStringLiteral("system");
  if (role == QLatin1String("system") || role == QLatin1String("user") || role == QLatin1String("assistant"))
    return role;
  return makeError(
      ChatCompletionRequest::tr("messages[%1].role '%2' is not supported (system, developer, user or assistant)")
          .arg(index)
          .arg(role));
}

bool isFileUrl(const QString &reference) {
  return reference.startsWith(QLatin1String("file:"), Qt::CaseInsensitive);
}

Status checkImageReference(const QString &reference, qsizetype index, bool allowFiles) {
  if (reference.startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
    return Status::ok();
  if (isFileUrl(reference)) {
    const QUrl url(reference);
    if (!allowFiles || !url.isValid() || !url.isLocalFile() || QFileInfo(url.toLocalFile()).isRelative())
      return makeError(ChatCompletionRequest::fileUrlRefused(index));
    return Status::ok();
  }
  return makeError(
      ChatCompletionRequest::tr("image %1: '%2...' must be a data: URL (data:image/png;base64,...); other URLs are not "
                                "downloaded")
          .arg(index + 1)
          .arg(reference.left(40)));
}

// OpenAI's seed is any signed 64-bit integer. QJsonValue keeps integers that fit as qint64, so
// they are read exactly (a double would round those above 2^53); the seed's bits are what counts.
std::optional<quint64> seedOf(const QJsonValue &value) {
  if (!value.isDouble())
    return std::nullopt;
  const qint64 low = value.toInteger(std::numeric_limits<qint64>::min());
  const qint64 high = value.toInteger(std::numeric_limits<qint64>::max());
  if (low != high)
    return std::nullopt; // a fraction, or beyond 64 bits
  return quint64(low);
}

} // namespace

Status ChatCompletionRequest::readResponseFormat(const QJsonValue &value, SamplingParams &sampling,
                                                 const QString &field, bool schemaBesideType) {
  const QJsonObject format = value.toObject();
  const QString type = format.value(QStringLiteral("type")).toString();
  if (!value.isObject() || !format.value(QStringLiteral("type")).isString())
    return makeError(ChatCompletionRequest::tr("'%1' must be an object with a \"type\"").arg(field));
  if (type == QLatin1String("text"))
    return Status::ok();
  if (type == QLatin1String("json_object")) {
    sampling.jsonObject = true; // constrained decoding: the answer is one JSON object
    return Status::ok();
  }
  if (type != QLatin1String("json_schema"))
    return makeError(ChatCompletionRequest::tr("'%1' type '%2' is not supported (text, json_object or json_schema)")
                         .arg(field, type.left(40)));
  // Chat completions nest the schema ({"type": "json_schema", "json_schema": {"name", "schema",
  // "strict"}}); the Responses API's text.format has the same members beside "type".
  if (schemaBesideType)
    return applySchema(format.value(QStringLiteral("schema")), sampling, field + QStringLiteral(".schema"));
  const QJsonValue nested = format.value(QStringLiteral("json_schema"));
  if (!nested.isObject())
    return makeError(ChatCompletionRequest::tr("'%1.json_schema' must be an object with the \"schema\"").arg(field));
  return applySchema(nested.toObject().value(QStringLiteral("schema")), sampling,
                     field + QStringLiteral(".json_schema.schema"));
}

Status ChatCompletionRequest::applySchema(const QJsonValue &schema, SamplingParams &sampling, const QString &where) {
  if (!schema.isObject())
    return makeError(ChatCompletionRequest::tr("'%1' must be a JSON schema (an object)").arg(where));
  auto compiled = JsonSchema::compile(schema.toObject(), where);
  if (!compiled)
    return makeError(compiled.error());
  // Every token adds at least one byte: a budget below the shortest valid document cannot end in one.
  if (sampling.maxNewTokens < (*compiled)->minimalDocumentBytes())
    return makeError(ChatCompletionRequest::tr("the shortest answer valid for %1 has %2 bytes, more than the "
                                               "token limit (%3) can be sure to hold; raise the token limit")
                         .arg(where)
                         .arg((*compiled)->minimalDocumentBytes())
                         .arg(sampling.maxNewTokens));
  sampling.jsonObject = true;
  sampling.jsonSchema = std::move(*compiled);
  return Status::ok();
}

Expected<ChatCompletionRequest> ChatCompletionRequest::fromJson(const QByteArray &body, Format format,
                                                                const Defaults &defaults) {
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
  if (parseError.error != QJsonParseError::NoError)
    return makeError(ChatCompletionRequest::tr("The request body is not valid JSON: %1 at offset %2.")
                         .arg(parseError.errorString())
                         .arg(parseError.offset));
  if (!doc.isObject())
    return makeError(ChatCompletionRequest::tr("The request body must be a JSON object."));
  const QJsonObject o = doc.object();
  ChatCompletionRequest out;

  // Messages: roles first (they may be renamed), then the parts through the template's reader.
  const QJsonValue messagesValue = o.value(QStringLiteral("messages"));
  if (!messagesValue.isArray() || messagesValue.toArray().isEmpty())
    return makeError(ChatCompletionRequest::tr("'messages' must be a non-empty list of messages"));
  QJsonArray messages = messagesValue.toArray();
  for (qsizetype i = 0; i < messages.size(); ++i) {
    if (!messages[i].isObject())
      return makeError(
          ChatCompletionRequest::tr("messages[%1] must be an object with \"role\" and \"content\"").arg(i));
    QJsonObject m = messages[i].toObject();
    auto role = roleOf(m.value(QStringLiteral("role")), i);
    if (!role)
      return makeError(role.error());
    m.insert(QStringLiteral("role"), *role);
    messages[i] = m;
  }
  auto parsed = ChatTemplate::messagesFromJson(messages);
  if (!parsed)
    return makeError(parsed.error());
  out.generation.messages = std::move(*parsed);
  // A PDF sent as an image (data:application/pdf) is read as one image per page.
  PdfPages::ExpandOptions pdf;
  pdf.maxPages = defaults.maxImages;
  if (Status pages = PdfPages::expandMessages(out.generation.messages, pdf); !pages)
    return makeError(pages.error());
  const QStringList references = ChatTemplate::imageReferences(out.generation.messages);
  if (references.size() > defaults.maxImages)
    return makeError(ChatCompletionRequest::tr("The request has %1 images; this server takes at most %2 per request.")
                         .arg(references.size())
                         .arg(defaults.maxImages));
  for (qsizetype i = 0; i < references.size(); ++i) {
    if (Status ok = checkImageReference(references[i], i, defaults.allowFileImages); !ok)
      return makeError(ok.error());
  }

  JsonReader reader(o, ChatCompletionRequest::tr("request"));
  out.model = reader.optionalString(QStringLiteral("model"));
  // The request's fields as overrides; SamplingParams::merged() applies the rule (docs/API.md,
  // "Sampling"): the model's generation_config.json only fills in what the request leaves out.
  SamplingOverrides overrides;
  const QString maxTokensKey = isSet(o, QStringLiteral("max_completion_tokens"))
                                   ? QStringLiteral("max_completion_tokens")
                                   : QStringLiteral("max_tokens");
  if (isSet(o, maxTokensKey)) {
    const qint64 maxTokens = reader.optionalInt(maxTokensKey, 1);
    if (!reader.failed() && (maxTokens < 1 || (defaults.contextTokens > 0 && maxTokens > defaults.contextTokens)))
      reader.fail(maxTokensKey, ChatCompletionRequest::tr("must be between 1 and %1")
                                    .arg(defaults.contextTokens > 0 ? defaults.contextTokens : kIntMax));
    overrides.maxNewTokens = int(qBound<qint64>(1, maxTokens, kIntMax));
  }
  if (isSet(o, QStringLiteral("temperature"))) {
    const double t = reader.optionalDouble(QStringLiteral("temperature"), 1.0);
    if (!reader.failed() && !(t >= 0 && t <= 2))
      reader.fail(QStringLiteral("temperature"), ChatCompletionRequest::tr("must be between 0 and 2"));
    overrides.temperature = t;
  }
  if (isSet(o, QStringLiteral("top_p"))) {
    const double topP = reader.optionalDouble(QStringLiteral("top_p"), 1.0);
    if (!reader.failed() && !(topP >= 0 && topP <= 1))
      reader.fail(QStringLiteral("top_p"), ChatCompletionRequest::tr("must be between 0 and 1"));
    overrides.topP = topP;
  }
  if (isSet(o, QStringLiteral("top_k"))) {
    const qint64 topK = reader.optionalInt(QStringLiteral("top_k"), 0);
    if (!reader.failed() && (topK < 0 || topK > kIntMax))
      reader.fail(QStringLiteral("top_k"), ChatCompletionRequest::tr("must be 0 (off) or a positive number of tokens"));
    overrides.topK = int(qBound<qint64>(0, topK, kIntMax));
  }
  if (isSet(o, QStringLiteral("min_p")))
    overrides.minP = reader.optionalDouble(QStringLiteral("min_p"), 0.0);
  if (isSet(o, QStringLiteral("repetition_penalty")))
    overrides.repetitionPenalty = reader.optionalDouble(QStringLiteral("repetition_penalty"), 1.0);
  SamplingParams &s = out.generation.sampling;
  s = SamplingParams::merged(defaults.sampling, overrides);
  // Without a seed every request draws its own, as OpenAI does: a fixed default would give sampled
  // answers to the same prompt the same text every time.
  if (isSet(o, QStringLiteral("seed"))) {
    const std::optional<quint64> seed = seedOf(o.value(QStringLiteral("seed")));
    if (!seed && !reader.failed())
      reader.fail(QStringLiteral("seed"), ChatCompletionRequest::tr("must be an integer (64-bit)"));
    s.seed = seed.value_or(0);
  } else {
    s.seed = QRandomGenerator::global()->generate64();
  }
  s.ignoreEos = reader.optionalBool(QStringLiteral("ignore_eos"), false);
  // Accepted for compatibility and not used by this sampler.
  reader.optionalDouble(QStringLiteral("frequency_penalty"), 0);
  reader.optionalDouble(QStringLiteral("presence_penalty"), 0);
  reader.optionalString(QStringLiteral("user"));
  const bool logprobs = reader.optionalBool(QStringLiteral("logprobs"), false);
  if (isSet(o, QStringLiteral("top_logprobs"))) {
    const qint64 top = reader.optionalInt(QStringLiteral("top_logprobs"), 0);
    if (!reader.failed() && (top < 0 || top > SamplingParams::kMaxTopLogprobs))
      reader.fail(QStringLiteral("top_logprobs"),
                  ChatCompletionRequest::tr("must be between 0 and %1").arg(SamplingParams::kMaxTopLogprobs));
    else if (!reader.failed() && !logprobs)
      reader.fail(QStringLiteral("top_logprobs"), ChatCompletionRequest::tr("needs \"logprobs\": true"));
    s.topLogprobs = logprobs ? int(qBound<qint64>(0, top, qint64(SamplingParams::kMaxTopLogprobs))) : -1;
  } else {
    s.topLogprobs = logprobs ? 0 : -1;
  }
  if (reader.failed())
    return makeError(reader.error());

  const QJsonValue stop = o.value(QStringLiteral("stop"));
  if (stop.isString()) {
    s.stopStrings = {stop.toString()};
  } else if (stop.isArray()) {
    const QJsonArray list = stop.toArray();
    if (list.size() > kMaxStopStrings)
      return makeError(ChatCompletionRequest::tr("'stop' may hold at most %1 strings").arg(kMaxStopStrings));
    s.stopStrings.clear();
    for (const QJsonValue &v : list) {
      if (!v.isString())
        return makeError(ChatCompletionRequest::tr("'stop' must be a string or a list of strings"));
      s.stopStrings.append(v.toString());
    }
  } else if (!stop.isUndefined() && !stop.isNull()) {
    return makeError(ChatCompletionRequest::tr("'stop' must be a string or a list of strings"));
  }

  if (isSet(o, QStringLiteral("tools")) && !o.value(QStringLiteral("tools")).toArray().isEmpty())
    return makeError(ChatCompletionRequest::tr("'tools' (function calling) is not supported"));
  if (isSet(o, QStringLiteral("response_format"))) {
    if (Status format =
            readResponseFormat(o.value(QStringLiteral("response_format")), s, QStringLiteral("response_format"));
        !format)
      return makeError(format.error());
  }
  const QJsonValue kwargs = o.value(QStringLiteral("chat_template_kwargs"));
  if (kwargs.isObject()) {
    JsonReader k(kwargs.toObject(), ChatCompletionRequest::tr("request"), QStringLiteral("chat_template_kwargs."));
    out.generation.templateOptions.addVisionId = k.optionalBool(QStringLiteral("add_vision_id"), false);
    if (k.failed())
      return makeError(k.error());
  } else if (!kwargs.isUndefined() && !kwargs.isNull()) {
    return makeError(ChatCompletionRequest::tr("'chat_template_kwargs' must be an object"));
  }

  const qint64 n = reader.optionalInt(QStringLiteral("n"), 1);
  out.stream = reader.optionalBool(QStringLiteral("stream"), false);
  const QJsonValue streamOptions = o.value(QStringLiteral("stream_options"));
  if (streamOptions.isObject()) {
    JsonReader so(streamOptions.toObject(), ChatCompletionRequest::tr("request"), QStringLiteral("stream_options."));
    out.includeUsage = so.optionalBool(QStringLiteral("include_usage"), false);
    reader.adoptError(so);
  } else if (!streamOptions.isUndefined() && !streamOptions.isNull()) {
    reader.fail(QStringLiteral("stream_options"), ChatCompletionRequest::tr("must be an object"));
  }
  if (reader.failed())
    return makeError(reader.error());
  if (format == Format::Qwen) {
    if (out.stream || n != 1)
      return makeError(
          ChatCompletionRequest::tr("/generate/multimodal gives one answer, not streamed; use /v1/chat/completions for "
                                    "\"stream\" and \"n\""));
  } else if (n < 1 || n > defaults.maxChoices) {
    return makeError(ChatCompletionRequest::tr("'n' must be between 1 and %1").arg(defaults.maxChoices));
  }
  out.n = int(n);
  if (Status valid = s.validate(); !valid)
    return makeError(valid.error());
  return out;
}

QString ChatCompletionRequest::fileUrlRefused(qsizetype imageIndex) {
  return ChatCompletionRequest::tr("image %1: the file:// URL was refused: this server reads image files only when "
                                   "started with --allow-file-urls, from an absolute path to a readable image; send "
                                   "the image as a data: URL")
      .arg(imageIndex + 1);
}

Status ChatCompletionRequest::prepareImages(const ImagePreprocessor &images, qint64 maxSourcePixels) {
  const QStringList references = ChatTemplate::imageReferences(generation.messages);
  auto prepared = std::make_shared<QList<PreprocessedImage>>();
  prepared->reserve(references.size());
  qint64 used = 0;
  for (qsizetype i = 0; i < references.size(); ++i) {
    const QString &reference = references[i];
    const qint64 left = maxSourcePixels - used;
    if (left <= 0)
      return makeError(ChatCompletionRequest::tr("image %1: the images before it already hold %2 megapixels, the most "
                                                 "this server decodes for one request")
                           .arg(i + 1)
                           .arg(QLocale::c().toString(double(maxSourcePixels) / 1e6, 'g', 3)));
    Expected<PreprocessedImage> image = isFileUrl(reference) ? images.fromFile(QUrl(reference).toLocalFile(), left)
                                                             : images.fromDataUrl(reference, left);
    if (!image) {
      // Whether a path exists, is readable or holds an image is nothing the client may learn.
      if (isFileUrl(reference))
        return makeError(fileUrlRefused(i));
      if (left < ImageDecoder::kMaxPixels)
        return makeError(ChatCompletionRequest::tr("image %1: %2 (this server decodes at most %3 megapixels of images "
                                                   "per request)")
                             .arg(i + 1)
                             .arg(image.error())
                             .arg(QLocale::c().toString(double(maxSourcePixels) / 1e6, 'g', 3)));
      return makeError(ChatCompletionRequest::tr("image %1: %2").arg(i + 1).arg(image.error()));
    }
    used += qint64(image->sourceWidth) * image->sourceHeight;
    prepared->append(std::move(*image));
  }
  generation.preparedImages = std::move(prepared);
  return Status::ok();
}

} // namespace mdi
