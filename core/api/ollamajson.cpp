#include "api/ollamajson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace mdi {

HttpResponse OllamaJson::error(int status, const QString &message) {
  return HttpResponse::json(status, line(QJsonObject{{QStringLiteral("error"), message}}).trimmed());
}

QString OllamaJson::now() {
  return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QJsonObject OllamaJson::piece(bool chat, const QString &model, const QString &text) {
  QJsonObject o{
      {QStringLiteral("model"), model}, {QStringLiteral("created_at"), now()}, {QStringLiteral("done"), false}};
  if (chat)
    o.insert(QStringLiteral("message"),
             QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), text}});
  else
    o.insert(QStringLiteral("response"), text);
  return o;
}

QJsonObject OllamaJson::done(bool chat, const QString &model, const QString &text, const QString &reason,
                             const GenerationStats &stats, qint64 totalNs) {
  QJsonObject o = piece(chat, model, text);
  o.insert(QStringLiteral("done"), true);
  o.insert(QStringLiteral("done_reason"), reason);
  o.insert(QStringLiteral("total_duration"), totalNs);
  o.insert(QStringLiteral("load_duration"), 0);
  o.insert(QStringLiteral("prompt_eval_count"), stats.promptTokens);
  o.insert(QStringLiteral("prompt_eval_duration"), qint64(stats.prefillMs * 1e6));
  o.insert(QStringLiteral("eval_count"), stats.generatedTokens);
  o.insert(QStringLiteral("eval_duration"), qint64(stats.decodeMs * 1e6));
  if (!chat)
    o.insert(QStringLiteral("context"), QJsonArray());
  return o;
}

QString OllamaJson::doneReason(FinishReason reason) {
  return reason == FinishReason::Length ? QStringLiteral("length") : QStringLiteral("stop");
}

QJsonObject OllamaJson::details(const QString &dtype, qint64 weightBytes) {
  // Parameters from the weights' bytes at their width: a figure for display, as Ollama gives.
  const QString lower = dtype.toLower();
  const double bytesPerWeight = lower.contains(QLatin1String("f32"))    ? 4
                                : lower.contains(QLatin1String("int8")) ? 1
                                                                        : 2;
  const double billions = double(weightBytes) / bytesPerWeight / 1e9;
  return QJsonObject{
      {QStringLiteral("parent_model"), QString()},
      {QStringLiteral("format"), QStringLiteral("safetensors")},
      {QStringLiteral("family"), QStringLiteral("qwen2vl")},
      {QStringLiteral("families"), QJsonArray{QStringLiteral("qwen2vl")}},
      {QStringLiteral("parameter_size"), billions >= 0.1
                                             ? QLocale::c().toString(billions, 'f', 1) + QLatin1Char('B')
                                             : QLocale::c().toString(billions * 1000, 'f', 0) + QLatin1Char('M')},
      {QStringLiteral("quantization_level"), dtype.toUpper()},
  };
}

QByteArray OllamaJson::line(const QJsonObject &object) {
  return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace mdi
