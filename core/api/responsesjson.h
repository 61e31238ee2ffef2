#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace mdi {

// The JSON of OpenAI's Responses API (POST /v1/responses) in OpenAI's shapes: the response object
// ({"object": "response", "status", "output": [message item with output_text parts], "usage":
// {input_tokens, output_tokens, total_tokens, ...}} plus the request's echoed fields) and its
// streamed events as server-sent events with an "event:" line and a sequence_number
// (response.created, response.in_progress, response.output_item.added,
// response.content_part.added, response.output_text.delta, response.output_text.done,
// response.content_part.done, response.output_item.done, response.completed or
// response.incomplete, error).
class ResponsesJson {
public:
  // What every event of one response carries.
  struct Envelope {
    QString id;     // "resp_..."
    QString itemId; // the output message's id, "msg_..."
    qint64 created = 0;
    QString model;
    QJsonObject echo; // ChatCompletionRequest::echo
  };

  // status: "in_progress", "completed" or "incomplete" (the token limit ended it).
  static QJsonObject response(const Envelope &envelope, const QString &status, const QJsonArray &output,
                              const QJsonValue &usage);
  // The output message; content empty while it is in progress.
  static QJsonObject messageItem(const Envelope &envelope, const QString &status, const QJsonArray &content);
  static QJsonObject outputText(const QString &text);
  static QJsonObject usage(qint64 inputTokens, qint64 outputTokens);
  // Fields of the events about the message's one text part (item_id, output_index, content_index).
  static QJsonObject partAddress(const Envelope &envelope);

  // "event: TYPE\ndata: {...}\n\n", with "type" and the next sequence number put into `payload`.
  static QByteArray event(const QString &type, QJsonObject payload, int &sequence);
};

} // namespace mdi
