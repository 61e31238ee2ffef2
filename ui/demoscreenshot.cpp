#include "demoscreenshot.h"

#include "chat/chatcontroller.h"
#include "chat/chatview.h"
#include "chat/composer.h"
#include "chat/composereditor.h"
#include "chat/conversationsidebar.h"
#include "common/theme.h"
#include "context/appcontext.h"
#include "mainwindow.h"
#include "models/modelprompt.h"
#include "peers/peerroster.h"
#include "peers/peerspanel.h"
#include "peers/planview.h"
#include "store/appsettings.h"
#include "store/generationstatsjson.h"
#include "store/historystore.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QImageWriter>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

namespace mdi {

QImage DemoScreenshot::demoImage() {
  QImage image(640, 420, QImage::Format_RGB32);
  QPainter p(&image);
  p.setRenderHint(QPainter::Antialiasing);
  QLinearGradient sky(0, 0, 0, 300);
  sky.setColorAt(0, QColor(0x1d, 0x3b, 0x7a));
  sky.setColorAt(0.55, QColor(0xf0, 0x8a, 0x5d));
  sky.setColorAt(1, QColor(0xfc, 0xd5, 0x8b));
  p.fillRect(image.rect(), sky);
  QRadialGradient sun(QPointF(430, 250), 70);
  sun.setColorAt(0, QColor(0xff, 0xf4, 0xc9));
  sun.setColorAt(0.5, QColor(0xff, 0xd3, 0x6e));
  sun.setColorAt(1, QColor(0xff, 0xd3, 0x6e, 0));
  p.setPen(Qt::NoPen);
  p.setBrush(sun);
  p.drawEllipse(QPointF(430, 250), 70, 70);
  QPainterPath far;
  far.moveTo(0, 300);
  far.cubicTo(120, 200, 200, 240, 280, 210);
  far.cubicTo(360, 180, 470, 260, 640, 220);
  far.lineTo(640, 420);
  far.lineTo(0, 420);
  p.fillPath(far, QColor(0x5a, 0x3d, 0x6e));
  QPainterPath near;
  near.moveTo(0, 340);
  near.cubicTo(160, 280, 300, 330, 420, 300);
  near.cubicTo(520, 280, 580, 320, 640, 310);
  near.lineTo(640, 420);
  near.lineTo(0, 420);
  p.fillPath(near, QColor(0x2b, 0x22, 0x45));
  QLinearGradient lake(0, 360, 0, 420);
  lake.setColorAt(0, QColor(0xf3, 0xa0, 0x6b));
  lake.setColorAt(1, QColor(0x3a, 0x2c, 0x5a));
  p.fillRect(QRect(0, 372, 640, 48), lake);
  p.setPen(QPen(QColor(0xff, 0xe2, 0xa6, 160), 2));
  for (int i = 0; i < 5; ++i)
    p.drawLine(QPointF(395 + i * 4, 382 + i * 7), QPointF(465 - i * 4, 382 + i * 7));
  return image;
}

void DemoScreenshot::showDemoPeers(MainWindow &window) {
  PeersPanel *panel = window.peersPanel();
  // A roster of made-up nodes, fed as discovery and pairing would feed it. It listens as the app
  // does, on a port of its own and asking nobody: the screenshot stays off the LAN.
  PeerRoster &roster = window.context().peerRoster();
  PeerRoster::DiscoveryOptions quiet;
  quiet.beaconPort = 0;
  quiet.multicast = false;
  quiet.broadcast = false;
  if (Status started = roster.startDiscovery(quiet); !started)
    qWarning("%s", qPrintable(started.error()));
  const PeerRoster::FakeNode nodes[] = {
      {QStringLiteral("3f2a9c41-attic"), QStringLiteral("attic"), QStringLiteral("192.168.1.23"),
       QStringLiteral("cuda:0 (NVIDIA GeForce RTX 3060)"), 10'900'000'000, 21.4, 0.62, true},
      {QStringLiteral("8be0d5a7-mini-pc"), QStringLiteral("mini-pc"), QStringLiteral("192.168.1.31"),
       QStringLiteral("cpu"), 14'200'000'000, 7.8, 0.35, true},
      {QStringLiteral("c71e3b02-old-laptop"), QStringLiteral("old-laptop"), QStringLiteral("192.168.1.40"),
       QStringLiteral("cpu"), 3'100'000'000, 2.9, 0.0, false},
  };
  // A made-up key in the temporary profile: the screenshot talks to no node.
  for (const PeerRoster::FakeNode &node : nodes) {
    if (Status added = roster.addFakeNode(node); !added)
      qWarning("%s", qPrintable(added.error()));
  }
  Plan plan = Plan::parse(QStringLiteral("0-6,6-20,20-28"), 28).value();
  plan.stages[0].hostId = QStringLiteral("local");
  plan.stages[1].hostId = nodes[0].nodeId;
  plan.stages[2].hostId = nodes[1].nodeId;
  const qint64 layerBytes = 93'000'000 * 2; // one bf16 decoder layer of the 2B model
  QList<StageStats> stats;
  const double tokensPerSecond[] = {31.0, 27.6, 29.2};
  for (int i = 0; i < plan.stageCount(); ++i) {
    StageStats s;
    s.firstLayer = plan.stages[i].firstLayer;
    s.lastLayer = plan.stages[i].lastLayer;
    s.tokens = 2400;
    s.busyMs = 2400 * 1000.0 / tokensPerSecond[i];
    s.weightBytes = layerBytes * plan.stages[i].layerCount();
    s.cacheBytes = 28'672 * plan.stages[i].layerCount() * 449;
    stats.append(s);
  }
  // No model behind it: the plan view shows a made-up loaded plan with its statistics.
  PlanView::Content content;
  content.phase = PlanView::Phase::Ready;
  content.plan = plan;
  content.stats = stats;
  content.shippedBytes = layerBytes * 22;
  panel->planView()->setContent(content);
  panel->selectEntry(nodes[2].nodeId);
  panel->show();
  window.setStatusTexts(QStringLiteral("Qwen2-VL-2B-Instruct · bf16 · 28 layers"), panel->planSummary(),
                        tr("12.4 tokens/s"), tr("Context 449 / 32,768"));
}

Status DemoScreenshot::render(const QString &filePath, const QString &theme, const QSize &size, bool peers) {
  QTemporaryDir profile;
  if (!profile.isValid())
    return makeError(tr("Cannot create a temporary folder."));
  {
    QSettings settings(AppContext::settingsFile(profile.path()), QSettings::IniFormat);
    AppSettings app(&settings);
    app.setValue(AppSettings::Theme, theme);
    app.sync();
  }
  AppContext::Options options;
  options.discovery = false;
  auto context = AppContext::open(profile.path(), options);
  if (!context)
    return makeError(context.error());
  MainWindow window(**context);
  HistoryStore &store = (*context)->store();

  // Two older conversations for the list, then the one on show.
  for (const char *title :
       {QT_TR_NOOP("Sorting a list of tuples in Python"), QT_TR_NOOP("Recipe ideas for leftover rice")}) {
    auto id = store.createConversation(tr(title), QStringLiteral(""));
    if (!id)
      return makeError(id.error());
    StoredMessage m;
    m.conversationId = *id;
    m.role = QStringLiteral("user");
    m.text = tr(title);
    if (auto added = store.addMessage(m); !added)
      return makeError(added.error());
  }
  auto conversation = store.createConversation(tr("Sunset over the lake"), QStringLiteral(""));
  if (!conversation)
    return makeError(conversation.error());
  auto picture = store.images().addImage(demoImage(), QStringLiteral("sunset.png"));
  if (!picture)
    return makeError(picture.error());

  StoredMessage question;
  question.conversationId = *conversation;
  question.role = QStringLiteral("user");
  question.text = tr("What time of day is it in this picture? And how could I draw the sun's glow with QPainter?");
  question.images = {*picture};
  auto questionId = store.addMessage(question);
  if (!questionId)
    return makeError(questionId.error());

  // An earlier answer, regenerated: the shown one is "2/2".
  StoredMessage first;
  first.conversationId = *conversation;
  first.parentId = *questionId;
  first.role = QStringLiteral("assistant");
  first.text = tr("Evening, shortly before sunset.");
  if (auto id = store.addMessage(first); !id)
    return makeError(id.error());

  StoredMessage answer;
  answer.conversationId = *conversation;
  answer.parentId = *questionId;
  answer.role = QStringLiteral("assistant");
  answer.text = tr("It is **sunset** (or just before it): the sun sits low above the hills, the sky runs from "
                   "deep blue to *orange*, and its light is reflected on the lake.\n\n"
                   "A soft glow is a `QRadialGradient` that fades to transparent:\n\n"
                   "```cpp\n"
                   "QRadialGradient glow(centre, 70);\n"
                   "glow.setColorAt(0.0, QColor(255, 244, 201));\n"
                   "glow.setColorAt(1.0, QColor(255, 211, 110, 0)); // transparent edge\n"
                   "painter.setBrush(glow);\n"
                   "painter.drawEllipse(centre, 70, 70);\n"
                   "```\n\n"
                   "Draw it **before** the hills so that they cover its lower half.");
  GenerationStats stats;
  stats.promptTokens = 331;
  stats.imageTokens = 285;
  stats.generatedTokens = 118;
  stats.decodeMs = 4350;
  answer.stats = GenerationStatsJson::toJson(stats, FinishReason::Eos);
  auto answerId = store.addMessage(answer);
  if (!answerId)
    return makeError(answerId.error());

  window.openConversation(*conversation);
  window.refreshConversations();
  window.sidebar()->setCurrent(*conversation);
  window.modelPrompt()->hide();
  window.setStatusTexts(QStringLiteral("Qwen2-VL-2B-Instruct · bf16 · 28 layers"), tr("Layers 0–28 on this computer"),
                        tr("27.1 tokens/s"), tr("Context 449 / 32,768"));
  window.composer()->setText(tr("Make the sky a little darker"));
  if (peers)
    showDemoPeers(window);
  window.resize(size);
  window.show();
  if (peers)
    window.resizeDocks({window.peersPanel()}, {size.width() * 9 / 20}, Qt::Horizontal);
  // Let layouts settle (the message heights depend on their widths).
  for (int i = 0; i < 5; ++i) {
    QEventLoop loop;
    QTimer::singleShot(30, &loop, &QEventLoop::quit);
    loop.exec();
  }
  window.chatView()->scrollToBottom();
  QApplication::processEvents();

  const QImage shot = window.grab().toImage();
  QImageWriter writer(filePath, "png");
  if (!writer.write(shot))
    return makeError(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(filePath), writer.errorString()));
  window.close();
  return Status::ok();
}

} // namespace mdi
