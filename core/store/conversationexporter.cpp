#include "store/conversationexporter.h"

#include "store/historystore.h"
#include "util/sha256hasher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QUrl>

#include <cmath>

namespace mdi {

namespace {

const QString kFormat = QStringLiteral("mdi-chat-conversation");

QString native(const QString &path) {
  return QDir::toNativeSeparators(path);
}

Status writeFile(const QString &path, const QByteArray &bytes) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
    return makeError(ConversationExporter::tr("%1: cannot write the file: %2").arg(native(path), file.errorString()));
  return Status::ok();
}

Expected<QByteArray> readImage(const HistoryStore &store, const Attachment &a) {
  const QString path = store.images().path(a);
  QFile file(path);
  if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
    return makeError(ConversationExporter::tr("%1: the image file is missing from %2")
                         .arg(a.fileName, native(store.images().directory())));
  QByteArray bytes = file.readAll();
  if (file.error() != QFileDevice::NoError)
    return makeError(
        ConversationExporter::tr("%1: cannot read %2: %3").arg(a.fileName, native(path), file.errorString()));
  return bytes;
}

QString storedName(const HistoryStore &store, const Attachment &a) {
  return QFileInfo(store.images().path(a)).fileName();
}

QString roleHeading(const QString &role) {
  if (role == QLatin1String("user"))
    return ConversationExporter::tr("User");
  if (role == QLatin1String("assistant"))
    return ConversationExporter::tr("Assistant");
  if (role == QLatin1String("system"))
    return ConversationExporter::tr("System");
  return role;
}

QString escapeAlt(QString text) {
  for (const char *special : {"\\", "[", "]"})
    text.replace(QLatin1String(special), QLatin1Char('\\') + QLatin1String(special));
  return text;
}

QString isoTime(const QDateTime &t) {
  return t.toUTC().toString(Qt::ISODateWithMs);
}

// ------------------------------------------------------------------------------ JSON reading

// Reading one file: each accessor records the first problem with its place in the file.
class Reader {
  Q_DECLARE_TR_FUNCTIONS(mdi::Reader)

public:
  explicit Reader(QString file) : m_file(std::move(file)) {}

  bool failed() const { return !m_error.isEmpty(); }
  Error error() const { return makeError(m_file + QStringLiteral(": ") + m_error); }
  void fail(const QString &where, const QString &why) {
    if (m_error.isEmpty())
      m_error = where.isEmpty() ? why : where + QStringLiteral(": ") + why;
  }

  QString string(const QJsonObject &o, const QString &key, const QString &where, int maxLength, bool required = true) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && !required)
      return {};
    if (!v.isString()) {
      fail(where, tr("\"%1\" must be a string").arg(key));
      return {};
    }
    const QString s = v.toString();
    if (s.size() > maxLength)
      fail(where, tr("\"%1\" is %2 characters long; at most %3 are allowed").arg(key).arg(s.size()).arg(maxLength));
    return s;
  }

  qint64 integer(const QJsonObject &o, const QString &key, const QString &where, qint64 min, qint64 max,
                 bool required = true) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && !required)
      return 0;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || d != std::floor(d) || d < double(min) || d > double(max)) {
      fail(where, tr("\"%1\" must be a whole number from %2 to %3").arg(key).arg(min).arg(max));
      return 0;
    }
    return qint64(d);
  }

  QJsonObject object(const QJsonObject &o, const QString &key, const QString &where, bool required = true) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && !required)
      return {};
    if (!v.isObject())
      fail(where, tr("\"%1\" must be an object").arg(key));
    return v.toObject();
  }

  QJsonArray array(const QJsonObject &o, const QString &key, const QString &where, int maxSize, bool required = true) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && !required)
      return {};
    if (!v.isArray()) {
      fail(where, tr("\"%1\" must be an array").arg(key));
      return {};
    }
    const QJsonArray a = v.toArray();
    if (a.size() > maxSize)
      fail(where, tr("\"%1\" has %2 entries; at most %3 are allowed").arg(key).arg(a.size()).arg(maxSize));
    return a;
  }

  QDateTime time(const QJsonObject &o, const QString &key, const QString &where, bool required = true) {
    const QString s = string(o, key, where, 64, required);
    if (s.isEmpty() && !required)
      return {};
    const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
      fail(where, tr("\"%1\" must be an ISO 8601 time such as 2024-05-01T12:00:00.000Z; got \"%2\"").arg(key, s));
    return t.toUTC();
  }

private:
  QString m_file;
  QString m_error;
};

} // namespace

Expected<QString> ConversationExporter::markdown(const HistoryStore &store, qint64 conversationId,
                                                 const QString &filesFolder) {
  Expected<Conversation> conversation = store.conversation(conversationId);
  if (!conversation)
    return makeError(conversation.error());
  const QString title = conversation->title.isEmpty() ? tr("Untitled conversation") : conversation->title;
  QString md = QStringLiteral("# ") + title + QStringLiteral("\n\n");
  if (!conversation->systemPrompt.isEmpty())
    md += QStringLiteral("## ") + tr("System prompt") + QStringLiteral("\n\n") + conversation->systemPrompt +
          QStringLiteral("\n\n");
  for (const StoredMessage &m : store.currentPath(conversationId)) {
    md += QStringLiteral("## ") + roleHeading(m.role) + QStringLiteral("\n\n");
    if (!m.text.isEmpty())
      md += m.text + QStringLiteral("\n\n");
    for (const Attachment &a : m.images) {
      const QString link = filesFolder + QLatin1Char('/') + storedName(store, a);
      md += QStringLiteral("![%1](%2)\n\n")
                .arg(escapeAlt(a.fileName), QString::fromUtf8(QUrl::toPercentEncoding(link, "/")));
    }
    if (m.state == MessageState::Stopped)
      md += QStringLiteral("*") + tr("(stopped before the end)") + QStringLiteral("*\n\n");
    else if (m.state == MessageState::Failed)
      md += QStringLiteral("*") + tr("(the answer failed)") + QStringLiteral("*\n\n");
    else if (m.state == MessageState::Streaming)
      md += QStringLiteral("*") + tr("(incomplete)") + QStringLiteral("*\n\n");
  }
  return md;
}

Status ConversationExporter::exportMarkdown(const HistoryStore &store, qint64 conversationId, const QString &filePath) {
  const QFileInfo info(filePath);
  const QString folderName = info.completeBaseName() + QStringLiteral("_files");
  Expected<QString> md = markdown(store, conversationId, folderName);
  if (!md)
    return makeError(md.error());

  // The images first, so the Markdown never links to a file that is not there.
  QSet<QString> copied;
  const QDir folder(info.absolutePath() + QLatin1Char('/') + folderName);
  for (const StoredMessage &m : store.currentPath(conversationId)) {
    for (const Attachment &a : m.images) {
      if (copied.contains(a.sha256))
        continue;
      Expected<QByteArray> bytes = readImage(store, a);
      if (!bytes)
        return makeError(bytes.error());
      if (!folder.exists() && !QDir().mkpath(folder.absolutePath()))
        return makeError(tr("%1: cannot create the folder").arg(native(folder.absolutePath())));
      if (Status s = writeFile(folder.filePath(storedName(store, a)), *bytes); !s)
        return s;
      copied.insert(a.sha256);
    }
  }
  return writeFile(info.absoluteFilePath(), md->toUtf8());
}

Status ConversationExporter::exportJson(const HistoryStore &store, qint64 conversationId, const QString &filePath) {
  Expected<Conversation> conversation = store.conversation(conversationId);
  if (!conversation)
    return makeError(conversation.error());
  const QList<StoredMessage> messages = store.messages(conversationId);

  QHash<qint64, qint64> localIds; // database id -> 1, 2, ...
  QJsonArray messageArray;
  QJsonObject images;
  for (const StoredMessage &m : messages) {
    const qint64 local = localIds.size() + 1;
    localIds.insert(m.id, local);
    QJsonArray refs;
    for (const Attachment &a : m.images) {
      refs.append(QJsonObject{{QStringLiteral("sha256"), a.sha256},
                              {QStringLiteral("fileName"), a.fileName},
                              {QStringLiteral("mimeType"), a.mimeType},
                              {QStringLiteral("width"), a.width},
                              {QStringLiteral("height"), a.height}});
      if (images.contains(a.sha256))
        continue;
      Expected<QByteArray> bytes = readImage(store, a);
      if (!bytes)
        return makeError(bytes.error());
      images.insert(a.sha256, QJsonObject{{QStringLiteral("mimeType"), a.mimeType},
                                          {QStringLiteral("data"), QString::fromLatin1(bytes->toBase64())}});
    }
    Q_ASSERT(m.parentId == 0 || localIds.contains(m.parentId)); // parents have smaller ids
    messageArray.append(QJsonObject{{QStringLiteral("id"), local},
                                    {QStringLiteral("parent"), m.parentId == 0 ? 0 : localIds.value(m.parentId)},
                                    {QStringLiteral("role"), m.role},
                                    {QStringLiteral("text"), m.text},
                                    {QStringLiteral("state"), messageStateName(m.state)},
                                    {QStringLiteral("created"), isoTime(m.created)},
                                    {QStringLiteral("stats"), m.stats},
                                    {QStringLiteral("images"), refs}});
  }
  const QJsonObject root{
      {QStringLiteral("format"), kFormat},
      {QStringLiteral("version"), kFormatVersion},
      {QStringLiteral("exported"), isoTime(QDateTime::currentDateTimeUtc())},
      {QStringLiteral("conversation"),
       QJsonObject{{QStringLiteral("title"), conversation->title},
                   {QStringLiteral("systemPrompt"), conversation->systemPrompt},
                   {QStringLiteral("sampling"), conversation->sampling},
                   {QStringLiteral("created"), isoTime(conversation->created)},
                   {QStringLiteral("updated"), isoTime(conversation->updated)},
                   {QStringLiteral("currentLeaf"), localIds.value(conversation->currentLeafId)}}},
      {QStringLiteral("messages"), messageArray},
      {QStringLiteral("images"), images},
  };
  return writeFile(filePath, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

Expected<qint64> ConversationExporter::importJson(HistoryStore &store, const QString &filePath) {
  const QFileInfo info(filePath);
  const QString name = info.fileName();
  if (!info.exists())
    return makeError(tr("%1: file not found (%2)").arg(name, native(filePath)));
  if (!info.isFile())
    return makeError(tr("%1: not a file").arg(name));
  if (info.size() > kMaxImportBytes)
    return makeError(tr("%1: the file is %2 MB; at most %3 MB can be imported")
                         .arg(name)
                         .arg(info.size() >> 20)
                         .arg(kMaxImportBytes >> 20));
  QFile file(filePath);
  if (!file.open(QIODevice::ReadOnly))
    return makeError(tr("%1: cannot open: %2").arg(name, file.errorString()));
  const QByteArray bytes = file.read(kMaxImportBytes + 1);
  if (file.error() != QFileDevice::NoError)
    return makeError(tr("%1: cannot read: %2").arg(name, file.errorString()));
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
  if (parseError.error != QJsonParseError::NoError)
    return makeError(
        tr("%1: not valid JSON (%2 at byte %3)").arg(name, parseError.errorString()).arg(parseError.offset));
  if (!doc.isObject())
    return makeError(tr("%1: not an MDI Chat conversation (the JSON is not an object)").arg(name));
  const QJsonObject root = doc.object();

  Reader r(name);
  if (root.value(QStringLiteral("format")).toString() != kFormat)
    return makeError(tr("%1: not an MDI Chat conversation (\"format\" is not \"%2\")").arg(name, kFormat));
  const qint64 version = r.integer(root, QStringLiteral("version"), {}, 1, 1000000);
  if (r.failed())
    return r.error();
  if (version > kFormatVersion)
    return makeError(tr("%1: written by a newer version of MDI Chat (format version %2; this version reads up to %3)")
                         .arg(name)
                         .arg(version)
                         .arg(kFormatVersion));

  // The conversation.
  const QString where = QStringLiteral("conversation");
  const QJsonObject c = r.object(root, where, {});
  Conversation conversation;
  conversation.title = r.string(c, QStringLiteral("title"), where, HistoryStore::kMaxTitleLength);
  conversation.systemPrompt = r.string(c, QStringLiteral("systemPrompt"), where, kMaxTextLength, false);
  conversation.sampling = r.object(c, QStringLiteral("sampling"), where, false);
  conversation.created = r.time(c, QStringLiteral("created"), where, false);
  conversation.updated = r.time(c, QStringLiteral("updated"), where, false);
  conversation.currentLeafId = r.integer(c, QStringLiteral("currentLeaf"), where, 0, kMaxMessages, false);

  // The image table: checked here, stored only once everything else is known to be valid.
  const QJsonObject imageTable = r.object(root, QStringLiteral("images"), {}, false);
  if (imageTable.size() > kMaxImages)
    r.fail({}, tr("%1 images; at most %2 are allowed").arg(imageTable.size()).arg(kMaxImages));
  for (auto it = imageTable.begin(); it != imageTable.end() && !r.failed(); ++it) {
    if (!ImageStore::isValidSha256(it.key()))
      r.fail(QStringLiteral("images"), tr("\"%1\" is not a SHA-256 digest (64 lower-case hex digits)").arg(it.key()));
    else if (!it.value().isObject() || !it.value().toObject().value(QStringLiteral("data")).isString())
      r.fail(QStringLiteral("images/") + it.key(), tr("must be an object with a base64 \"data\" string"));
  }

  // The messages.
  const QJsonArray array = r.array(root, QStringLiteral("messages"), {}, kMaxMessages);
  QList<StoredMessage> messages;
  QHash<QString, QString> firstFileName; // sha256 -> a name it is attached under
  for (qsizetype i = 0; i < array.size() && !r.failed(); ++i) {
    const QString at = tr("message %1").arg(i + 1);
    if (!array[i].isObject()) {
      r.fail(at, tr("must be an object"));
      break;
    }
    const QJsonObject o = array[i].toObject();
    StoredMessage m;
    m.id = r.integer(o, QStringLiteral("id"), at, 1, 1LL << 53);
    m.parentId = r.integer(o, QStringLiteral("parent"), at, 0, 1LL << 53);
    m.role = r.string(o, QStringLiteral("role"), at, 16);
    m.text = r.string(o, QStringLiteral("text"), at, kMaxTextLength);
    const QString state = r.string(o, QStringLiteral("state"), at, 16, false);
    if (!state.isEmpty()) {
      const std::optional<MessageState> s = messageStateFromName(state);
      if (!s)
        r.fail(at, tr("\"state\" must be complete, streaming, stopped or failed; got \"%1\"").arg(state));
      // Nothing streams into an imported conversation: a partial answer is a stopped one.
      m.state = s == MessageState::Streaming ? MessageState::Stopped : s.value_or(MessageState::Complete);
    }
    m.created = r.time(o, QStringLiteral("created"), at, false);
    m.stats = r.object(o, QStringLiteral("stats"), at, false);
    const QJsonArray refs = r.array(o, QStringLiteral("images"), at, kMaxImagesPerMessage, false);
    for (const QJsonValue &ref : refs) {
      if (!ref.isObject()) {
        r.fail(at, tr("each image must be an object"));
        break;
      }
      Attachment a;
      a.sha256 = r.string(ref.toObject(), QStringLiteral("sha256"), at, 64);
      a.fileName = r.string(ref.toObject(), QStringLiteral("fileName"), at, 255, false);
      if (!r.failed() && !imageTable.contains(a.sha256))
        r.fail(at, tr("the image %1 is not in the file's \"images\"").arg(a.sha256));
      firstFileName.insert(a.sha256, firstFileName.value(a.sha256, a.fileName));
      m.images.append(a);
    }
    messages.append(m);
  }
  if (r.failed())
    return r.error();

  // The images, each checked against its digest and decoded by the image store.
  QHash<QString, Attachment> stored;
  for (auto it = imageTable.begin(); it != imageTable.end(); ++it) {
    if (!firstFileName.contains(it.key()))
      continue; // not used by any message
    const auto decoded =
        QByteArray::fromBase64Encoding(it.value().toObject().value(QStringLiteral("data")).toString().toLatin1(),
                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
      return makeError(tr("%1: the image %2 is not valid base64").arg(name, it.key()));
    const QByteArray imageBytes = *decoded;
    const QString digest = QString::fromLatin1(Sha256Hasher::hash(imageBytes).toHex());
    if (digest != it.key())
      return makeError(
          tr("%1: the image %2 does not match its SHA-256 digest (the file is damaged)").arg(name, it.key()));
    Expected<Attachment> a = store.images().addData(imageBytes, firstFileName.value(it.key()));
    if (!a)
      return makeError(name + QStringLiteral(": ") + a.error());
    stored.insert(it.key(), *a);
  }
  for (StoredMessage &m : messages) {
    for (Attachment &a : m.images) {
      const QString fileName = a.fileName;
      a = stored.value(a.sha256);
      if (!fileName.isEmpty())
        a.fileName = QFileInfo(fileName).fileName(); // a name, never a path
    }
  }
  Expected<qint64> id = store.importConversation(conversation, messages);
  if (!id)
    return makeError(name + QStringLiteral(": ") + id.error());
  return id;
}

} // namespace mdi
