#include "fixtures.h"
#include "store/conversationexporter.h"
#include "store/historystore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace mdi;
using mdi::test::Fixtures;

namespace {

QByteArray png(int w, int h, QRgb colour) {
  QImage image(w, h, QImage::Format_RGB32);
  image.fill(colour);
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  image.save(&buffer, "png");
  return bytes;
}

std::unique_ptr<HistoryStore> openStore(const QString &dir) {
  auto store = HistoryStore::open(dir);
  if (!store) {
    qWarning("%s", qPrintable(store.error()));
    return nullptr;
  }
  return std::move(*store);
}

qint64 add(HistoryStore &store, qint64 conversation, qint64 parent, const QString &role, const QString &text,
           const QList<Attachment> &images = {}, MessageState state = MessageState::Complete,
           const QJsonObject &stats = {}) {
  StoredMessage m;
  m.conversationId = conversation;
  m.parentId = parent;
  m.role = role;
  m.text = text;
  m.images = images;
  m.state = state;
  m.stats = stats;
  auto id = store.addMessage(m);
  if (!id)
    qWarning("addMessage: %s", qPrintable(id.error()));
  return id ? *id : 0;
}

// Index of each message's parent in the creation-ordered list (-1: first message).
QList<int> parentIndexes(const QList<StoredMessage> &messages) {
  QList<int> result;
  for (const StoredMessage &m : messages) {
    int index = -1;
    for (int i = 0; i < messages.size(); ++i) {
      if (messages[i].id == m.parentId)
        index = i;
    }
    result.append(index);
  }
  return result;
}

} // namespace

class TestConversationExporter : public QObject {
  Q_OBJECT

private:
  QTemporaryDir m_dir;
  std::unique_ptr<HistoryStore> m_store;
  qint64 m_conversation = 0;
  Attachment m_red, m_blue;
  QByteArray m_redBytes, m_blueBytes;

  // The exported JSON of the fixture conversation, as an object to damage.
  QJsonObject exported() {
    const QString path = m_dir.filePath(QStringLiteral("base.json"));
    const Status s = ConversationExporter::exportJson(*m_store, m_conversation, path);
    if (!s)
      qWarning("%s", qPrintable(s.error()));
    return QJsonDocument::fromJson(Fixtures::readFile(path)).object();
  }

  void expectImportError(const QByteArray &bytes, const QString &mustContain) {
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    const QString path = dir.filePath(QStringLiteral("damaged.json"));
    QVERIFY(Fixtures::writeFile(path, bytes));
    auto id = ConversationExporter::importJson(*store, path);
    QVERIFY2(!id, qPrintable(QStringLiteral("accepted, expected: ") + mustContain));
    QVERIFY2(id.error().contains(mustContain),
             qPrintable(QStringLiteral("'%1' not in: %2").arg(mustContain, id.error())));
    QVERIFY2(id.error().contains(QStringLiteral("damaged.json")), qPrintable(id.error()));
    QVERIFY(store->conversations().isEmpty());
  }

  void expectImportError(const std::function<void(QJsonObject &)> &damage, const QString &mustContain) {
    QJsonObject root = exported();
    damage(root);
    expectImportError(QJsonDocument(root).toJson(), mustContain);
  }

private Q_SLOTS:
  // u1 (red) - a1 "Lyon"          (hidden branch)
  //          \ a2 "Paris" stopped - u2 (red, blue) - a3 (stats)   <- on show
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    m_store = openStore(m_dir.filePath(QStringLiteral("data")));
    QVERIFY(m_store);
    m_redBytes = png(4, 3, qRgb(255, 0, 0));
    m_blueBytes = png(2, 5, qRgb(0, 0, 255));
    auto red = m_store->images().addData(m_redBytes, QStringLiteral("red [1].png"));
    auto blue = m_store->images().addData(m_blueBytes, QStringLiteral("blue.png"));
    QVERIFY(red && blue);
    m_red = *red;
    m_blue = *blue;
    const QJsonObject sampling{{QStringLiteral("temperature"), 0.5}, {QStringLiteral("topK"), 20}};
    m_conversation =
        *m_store->createConversation(QStringLiteral("Trip planning"), QStringLiteral("Be concise."), sampling);
    const qint64 u1 =
        add(*m_store, m_conversation, 0, QStringLiteral("user"), QStringLiteral("Where is this?"), {m_red});
    add(*m_store, m_conversation, u1, QStringLiteral("assistant"), QStringLiteral("Lyon"));
    const qint64 a2 = add(*m_store, m_conversation, u1, QStringLiteral("assistant"), QStringLiteral("It is *Paris*."),
                          {}, MessageState::Stopped);
    const qint64 u2 =
        add(*m_store, m_conversation, a2, QStringLiteral("user"), QStringLiteral("And these two?"), {m_red, m_blue});
    const qint64 a3 = add(*m_store, m_conversation, u2, QStringLiteral("assistant"), QStringLiteral("Red, then blue."),
                          {}, MessageState::Complete, QJsonObject{{QStringLiteral("generatedTokens"), 5}});
    QVERIFY(a3);
  }

  void markdown() {
    const QString path = m_dir.filePath(QStringLiteral("out/chat notes.md"));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("out"))));
    const Status s = ConversationExporter::exportMarkdown(*m_store, m_conversation, path);
    QVERIFY2(s, qPrintable(s.error()));
    const QString redFile = m_red.sha256 + QStringLiteral(".png");
    const QString blueFile = m_blue.sha256 + QStringLiteral(".png");
    const QString expected = QStringLiteral("# Trip planning\n\n"
                                            "## System prompt\n\nBe concise.\n\n"
                                            "## User\n\nWhere is this?\n\n"
                                            "![red \\[1\\].png](chat%20notes_files/") +
                             redFile +
                             QStringLiteral(")\n\n"
                                            "## Assistant\n\nIt is *Paris*.\n\n*(stopped before the end)*\n\n"
                                            "## User\n\nAnd these two?\n\n"
                                            "![red \\[1\\].png](chat%20notes_files/") +
                             redFile + QStringLiteral(")\n\n![blue.png](chat%20notes_files/") + blueFile +
                             QStringLiteral(")\n\n"
                                            "## Assistant\n\nRed, then blue.\n\n");
    QCOMPARE(QString::fromUtf8(Fixtures::readFile(path)), expected);
    const QDir files(m_dir.filePath(QStringLiteral("out/chat notes_files")));
    QStringList expectedFiles{blueFile, redFile};
    expectedFiles.sort();
    QCOMPARE(files.entryList(QDir::Files, QDir::Name), expectedFiles);
    QCOMPARE(Fixtures::readFile(files.filePath(redFile)), m_redBytes);
    QCOMPARE(Fixtures::readFile(files.filePath(blueFile)), m_blueBytes);
  }

  void markdownWithoutImagesMakesNoFolder() {
    auto c = m_store->createConversation(QStringLiteral("Plain"));
    QVERIFY(c);
    add(*m_store, *c, 0, QStringLiteral("user"), QStringLiteral("hello"));
    QTemporaryDir out;
    QVERIFY(ConversationExporter::exportMarkdown(*m_store, *c, out.filePath(QStringLiteral("plain.md"))));
    QCOMPARE(QString::fromUtf8(Fixtures::readFile(out.filePath(QStringLiteral("plain.md")))),
             QStringLiteral("# Plain\n\n## User\n\nhello\n\n"));
    QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("plain.md")});
    QVERIFY(m_store->deleteConversation(*c));
  }

  void jsonLayout() {
    const QJsonObject root = exported();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("mdi-chat-conversation"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    const QJsonObject c = root.value(QStringLiteral("conversation")).toObject();
    QCOMPARE(c.value(QStringLiteral("title")).toString(), QStringLiteral("Trip planning"));
    QCOMPARE(c.value(QStringLiteral("currentLeaf")).toInt(), 5);
    const QJsonArray messages = root.value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 5);
    QList<int> idsAndParents;
    for (const QJsonValue &v : messages)
      idsAndParents << v[QStringLiteral("id")].toInt() << v[QStringLiteral("parent")].toInt();
    QCOMPARE(idsAndParents, (QList<int>{1, 0, 2, 1, 3, 1, 4, 3, 5, 4}));
    QCOMPARE(messages[2][QStringLiteral("state")].toString(), QStringLiteral("stopped"));
    QCOMPARE(messages[3][QStringLiteral("images")].toArray().size(), 2);
    const QJsonObject images = root.value(QStringLiteral("images")).toObject();
    QCOMPARE(images.size(), 2); // red is used twice, embedded once
    QCOMPARE(QByteArray::fromBase64(images.value(m_red.sha256)[QStringLiteral("data")].toString().toLatin1()),
             m_redBytes);
  }

  // Export, import into a fresh profile: the same tree, the same image bytes.
  void jsonRoundTrip() {
    const QString path = m_dir.filePath(QStringLiteral("trip.json"));
    const Status s = ConversationExporter::exportJson(*m_store, m_conversation, path);
    QVERIFY2(s, qPrintable(s.error()));

    QTemporaryDir other;
    auto target = openStore(other.path());
    QVERIFY(target);
    auto id = ConversationExporter::importJson(*target, path);
    QVERIFY2(id, qPrintable(id.error()));

    const Conversation before = *m_store->conversation(m_conversation);
    const Conversation after = *target->conversation(*id);
    QCOMPARE(after.title, before.title);
    QCOMPARE(after.systemPrompt, before.systemPrompt);
    QCOMPARE(after.sampling, before.sampling);
    QCOMPARE(after.created, before.created);
    QCOMPARE(after.updated, before.updated);

    const QList<StoredMessage> original = m_store->messages(m_conversation);
    const QList<StoredMessage> copy = target->messages(*id);
    QCOMPARE(copy.size(), original.size());
    QCOMPARE(parentIndexes(copy), parentIndexes(original));
    for (int i = 0; i < original.size(); ++i) {
      QCOMPARE(copy[i].conversationId, *id);
      QCOMPARE(copy[i].role, original[i].role);
      QCOMPARE(copy[i].text, original[i].text);
      QCOMPARE(copy[i].state, original[i].state);
      QCOMPARE(copy[i].created, original[i].created);
      QCOMPARE(copy[i].stats, original[i].stats);
      QCOMPARE(copy[i].images, original[i].images);
      for (const Attachment &a : copy[i].images)
        QCOMPARE(Fixtures::readFile(target->images().path(a)), Fixtures::readFile(m_store->images().path(a)));
    }
    QCOMPARE(target->currentPath(*id).size(), m_store->currentPath(m_conversation).size());
    QCOMPARE(target->currentPath(*id).last().text, QStringLiteral("Red, then blue."));
    QCOMPARE(target->images().storedHashes().size(), 2);
    QCOMPARE(target->search(QStringLiteral("Lyon")), QList<qint64>{*id});

    // Into the same profile: a second conversation, the images shared.
    auto again = ConversationExporter::importJson(*m_store, path);
    QVERIFY2(again, qPrintable(again.error()));
    QVERIFY(*again != m_conversation);
    QCOMPARE(m_store->messages(*again).size(), 5);
    QCOMPARE(m_store->images().storedHashes().size(), 2);
    QVERIFY(m_store->deleteConversation(*again));
    QVERIFY(m_store->images().contains(m_red)); // still used by the original
  }

  void importTurnsStreamingIntoStopped() {
    QJsonObject root = exported();
    QJsonArray messages = root[QStringLiteral("messages")].toArray();
    QJsonObject last = messages[4].toObject();
    last[QStringLiteral("state")] = QStringLiteral("streaming");
    messages[4] = last;
    root[QStringLiteral("messages")] = messages;
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    const QString path = dir.filePath(QStringLiteral("streaming.json"));
    QVERIFY(Fixtures::writeFile(path, QJsonDocument(root).toJson()));
    auto id = ConversationExporter::importJson(*store, path);
    QVERIFY2(id, qPrintable(id.error()));
    QCOMPARE(store->currentPath(*id).last().state, MessageState::Stopped);
  }

  void importRefusals() {
    expectImportError(QByteArray("{ not json"), QStringLiteral("not valid JSON"));
    expectImportError(QByteArray("[1, 2]"), QStringLiteral("not an object"));
    expectImportError([](QJsonObject &r) { r[QStringLiteral("format")] = QStringLiteral("other"); },
                      QStringLiteral("not an MDI Chat conversation"));
    expectImportError([](QJsonObject &r) { r[QStringLiteral("version")] = 2; }, QStringLiteral("newer version"));
    expectImportError([](QJsonObject &r) { r[QStringLiteral("messages")] = QStringLiteral("none"); },
                      QStringLiteral("\"messages\" must be an array"));

    const auto editMessage = [](int index, const std::function<void(QJsonObject &)> &edit) {
      return [index, edit](QJsonObject &r) {
        QJsonArray messages = r[QStringLiteral("messages")].toArray();
        QJsonObject m = messages[index].toObject();
        edit(m);
        messages[index] = m;
        r[QStringLiteral("messages")] = messages;
      };
    };
    expectImportError(editMessage(1, [](QJsonObject &m) { m[QStringLiteral("role")] = QStringLiteral("robot"); }),
                      QStringLiteral("robot"));
    expectImportError(editMessage(1, [](QJsonObject &m) { m[QStringLiteral("parent")] = 4; }),
                      QStringLiteral("parent 4"));
    expectImportError(editMessage(1, [](QJsonObject &m) { m[QStringLiteral("id")] = 1.5; }),
                      QStringLiteral("whole number"));
    expectImportError(
        editMessage(0, [](QJsonObject &m) { m[QStringLiteral("created")] = QStringLiteral("yesterday"); }),
        QStringLiteral("ISO 8601"));
    expectImportError(editMessage(0, [](QJsonObject &m) { m[QStringLiteral("state")] = QStringLiteral("sleeping"); }),
                      QStringLiteral("sleeping"));
    expectImportError(editMessage(0,
                                  [](QJsonObject &m) {
                                    m[QStringLiteral("text")] =
                                        QString(ConversationExporter::kMaxTextLength + 1, QLatin1Char('x'));
                                  }),
                      QStringLiteral("at most"));
    expectImportError(editMessage(0,
                                  [](QJsonObject &m) {
                                    m[QStringLiteral("images")] = QJsonArray{
                                        QJsonObject{{QStringLiteral("sha256"), QString(64, QLatin1Char('e'))}}};
                                  }),
                      QStringLiteral("is not in the file's"));

    const QString red = m_red.sha256;
    const auto editImage = [red](const QJsonValue &data) {
      return [red, data](QJsonObject &r) {
        QJsonObject images = r[QStringLiteral("images")].toObject();
        QJsonObject image = images[red].toObject();
        image[QStringLiteral("data")] = data;
        images[red] = image;
        r[QStringLiteral("images")] = images;
      };
    };
    expectImportError(editImage(QStringLiteral("@@not base64@@")), QStringLiteral("not valid base64"));
    expectImportError(editImage(QString::fromLatin1(m_blueBytes.toBase64())), QStringLiteral("does not match"));
    expectImportError(editImage(42), QStringLiteral("base64 \"data\""));
    expectImportError(
        [](QJsonObject &r) {
          // A non-image whose digest matches its key: the image store refuses it.
          const QByteArray text("just some text");
          const QString sha = QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
          QJsonObject images = r[QStringLiteral("images")].toObject();
          images[sha] = QJsonObject{{QStringLiteral("data"), QString::fromLatin1(text.toBase64())}};
          r[QStringLiteral("images")] = images;
          QJsonArray messages = r[QStringLiteral("messages")].toArray();
          QJsonObject m = messages[4].toObject();
          m[QStringLiteral("images")] = QJsonArray{
              QJsonObject{{QStringLiteral("sha256"), sha}, {QStringLiteral("fileName"), QStringLiteral("notes.png")}}};
          messages[4] = m;
          r[QStringLiteral("messages")] = messages;
        },
        QStringLiteral("not an image"));

    // Too big: refused from its size, before reading (a sparse file costs no disk).
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    const QString huge = dir.filePath(QStringLiteral("huge.json"));
    {
      QFile f(huge);
      QVERIFY(f.open(QIODevice::WriteOnly));
      QVERIFY(f.resize(ConversationExporter::kMaxImportBytes + 1));
    }
    auto tooBig = ConversationExporter::importJson(*store, huge);
    QVERIFY(!tooBig);
    QVERIFY2(tooBig.error().contains(QStringLiteral("at most 256 MB")), qPrintable(tooBig.error()));
    auto missing = ConversationExporter::importJson(*store, dir.filePath(QStringLiteral("nope.json")));
    QVERIFY(!missing);
    QVERIFY2(missing.error().contains(QStringLiteral("not found")), qPrintable(missing.error()));
  }

  void exportRefusals() {
    QTemporaryDir out;
    const Status noConversation =
        ConversationExporter::exportJson(*m_store, 9999, out.filePath(QStringLiteral("x.json")));
    QVERIFY(!noConversation);
    QVERIFY2(noConversation.error().contains(QStringLiteral("9999")), qPrintable(noConversation.error()));
    const QString unwritable = out.filePath(QStringLiteral("missing-folder/x.json"));
    const Status cannotWrite = ConversationExporter::exportJson(*m_store, m_conversation, unwritable);
    QVERIFY(!cannotWrite);
    QVERIFY2(cannotWrite.error().contains(QDir::toNativeSeparators(unwritable)), qPrintable(cannotWrite.error()));
  }
};

QTEST_GUILESS_MAIN(TestConversationExporter)
#include "tst_conversationexporter.moc"
