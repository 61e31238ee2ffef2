// PlanView on made-up contents, as the screenshot mode feeds it: a row per stage named by the
// host-name function, statistics only when they match the plan, the status line for each phase
// (no model, loading with or without peers, loaded with weights sent or cached, a failure with
// the peers left out), the progress bar only while loading, and the status bar's summary.

#include "peers/planview.h"

#include <QLabel>
#include <QProgressBar>
#include <QTest>
#include <QTreeWidget>

using namespace mdi;

namespace {
QString hostName(const QString &hostId) {
  return hostId.startsWith(QLatin1String("local")) ? QStringLiteral("this computer") : hostId.toUpper();
}

Plan planWithPeer() {
  Plan plan = Plan::parse(QStringLiteral("0-2,2-4"), 4).value();
  plan.stages[1].hostId = QStringLiteral("attic");
  return plan;
}

StageStats stats(qint64 tokens, double busyMs, qint64 weightBytes) {
  StageStats s;
  s.tokens = tokens;
  s.busyMs = busyMs;
  s.weightBytes = weightBytes;
  return s;
}
} // namespace

class TestPlanView : public QObject {
  Q_OBJECT

private:
  QTreeWidget *table(PlanView &view) { return view.findChild<QTreeWidget *>(QStringLiteral("planTable")); }
  QString status(PlanView &view) { return view.findChild<QLabel *>(QStringLiteral("placementStatus"))->text(); }
  bool barShown(PlanView &view) {
    return !view.findChild<QProgressBar *>(QStringLiteral("placementLoadProgress"))->isHidden();
  }

private Q_SLOTS:
  void nothingLoaded() {
    PlanView view(hostName);
    QCOMPARE(table(view)->topLevelItemCount(), 0);
    QCOMPARE(status(view), QStringLiteral("No model is loaded."));
    QVERIFY(!barShown(view));
    QVERIFY(view.summary().isEmpty());
    QVERIFY(!view.usesPeers());
  }

  void loading() {
    PlanView view(hostName);
    PlanView::Content content;
    content.phase = PlanView::Phase::Loading;
    content.plan = planWithPeer();
    view.setContent(content);
    QVERIFY2(status(view).contains(QStringLiteral("the peers receive the weights")), qPrintable(status(view)));
    QVERIFY(barShown(view));
    content.plan = Plan::evenSplit(4, 1);
    view.setContent(content);
    QCOMPARE(status(view), QStringLiteral("Loading the model…"));
  }

  void loadedWithStatistics() {
    PlanView view(hostName);
    PlanView::Content content;
    content.phase = PlanView::Phase::Ready;
    content.plan = planWithPeer();
    content.stats = {stats(100, 1000, 2048), stats(50, 2000, 4096)};
    content.shippedBytes = 4096;
    view.setContent(content);
    QTreeWidget *rows = table(view);
    QCOMPARE(rows->topLevelItemCount(), 2);
    QCOMPARE(rows->topLevelItem(0)->text(0), QStringLiteral("0%1%2").arg(QChar(0x2013)).arg(1));
    QCOMPARE(rows->topLevelItem(0)->text(1), QStringLiteral("this computer"));
    QCOMPARE(rows->topLevelItem(1)->text(1), QStringLiteral("ATTIC"));
    QCOMPARE(rows->topLevelItem(0)->text(2), QStringLiteral("100.0 tokens/s"));
    QCOMPARE(rows->topLevelItem(1)->text(2), QStringLiteral("25.0 tokens/s"));
    QVERIFY(rows->topLevelItem(1)->text(3) != QString(QChar(0x2014)));
    QVERIFY2(status(view).startsWith(QStringLiteral("Weights sent to peers while loading: ")),
             qPrintable(status(view)));
    QVERIFY(!barShown(view));
    QVERIFY(view.usesPeers());
    QCOMPARE(view.summary(),
             QStringLiteral("Layers 0%1%2 on this computer, 2%1%3 on ATTIC").arg(QChar(0x2013)).arg(1).arg(3));

    content.shippedBytes = 0;
    view.setContent(content);
    QCOMPARE(status(view), QStringLiteral("No weights were sent while loading: the peers had them cached."));

    // Statistics of another plan (one stage fewer) are not put on these rows.
    content.stats.removeLast();
    view.setContent(content);
    QCOMPARE(rows->topLevelItem(0)->text(2), QString(QChar(0x2014)));

    content.plan = Plan::evenSplit(4, 1);
    content.stats.clear();
    view.setContent(content);
    QCOMPARE(rows->topLevelItemCount(), 1);
    QCOMPARE(status(view), QStringLiteral("Every layer runs on this computer."));
  }

  void failureNamesThePeersLeftOut() {
    PlanView view(hostName);
    PlanView::Content content;
    content.phase = PlanView::Phase::Loading;
    content.error = QStringLiteral("The layers cannot be placed: too big");
    content.leftOut = {QStringLiteral("cellar")};
    view.setContent(content);
    QCOMPARE(status(view), QStringLiteral("The layers cannot be placed: too big\n"
                                          "Not used (not found on the network): cellar"));
    QVERIFY(!barShown(view)); // a failed load shows no progress
  }
};

QTEST_MAIN(TestPlanView)
#include "tst_planview.moc"
