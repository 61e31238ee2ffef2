// ResourceSummary: where the layers run in words, and the resource line's figures.

#include "chat/resourcesummary.h"

#include <QTest>

using namespace mdi;

namespace {
StageStats stage(int first, int last, const QString &host = {}) {
  StageStats s;
  s.firstLayer = first;
  s.lastLayer = last;
  s.host = host;
  s.remote = !host.isEmpty();
  s.weightBytes = 500'000'000;
  s.cacheBytes = 20'000'000;
  return s;
}
const QString kAttic = QStringLiteral("attic (192.168.1.5:45834)");
const QString kCellar = QStringLiteral("cellar (192.168.1.9:45834)");
} // namespace

class TestResourceSummary : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void initTestCase() { QLocale::setDefault(QLocale::c()); }

  void placementInWords() {
    QCOMPARE(ResourceSummary::placement({}), QString());
    QCOMPARE(ResourceSummary::placement({stage(0, 28)}), QStringLiteral("on this computer"));
    QCOMPARE(ResourceSummary::placement({stage(0, 14), stage(14, 28)}), QStringLiteral("on this computer"));
    QCOMPARE(ResourceSummary::placement({stage(0, 28, kAttic)}), QStringLiteral("on attic"));
    QCOMPARE(ResourceSummary::placement({stage(0, 14, kAttic), stage(14, 28, kAttic)}),
             QStringLiteral("all 2 parts on attic"));
    QCOMPARE(ResourceSummary::placement({stage(0, 10), stage(10, 19, kAttic), stage(19, 28, kAttic)}),
             QStringLiteral("2 of 3 parts on attic, the rest here"));
    QCOMPARE(ResourceSummary::placement({stage(0, 10, kAttic), stage(10, 19, kCellar), stage(19, 28, kAttic)}),
             QStringLiteral("2 of 3 parts on attic, 1 of 3 parts on cellar"));
    QCOMPARE(ResourceSummary::hostName(kAttic), QStringLiteral("attic"));
  }

  void lineAndDetails() {
    ResourceSummary::Figures f;
    QCOMPARE(ResourceSummary::line(f), QString());
    f.memoryBytes = 2'100'000'000;
    f.threads = 8;
    f.stages = {stage(0, 10), stage(10, 28, kAttic)};
    QCOMPARE(ResourceSummary::line(f),
             QStringLiteral("2.1 GB in memory · 8 threads · 1 of 2 parts on attic, the rest here"));
    f.tokensPerSecond = 12.34;
    QVERIFY(ResourceSummary::line(f).contains(QStringLiteral("12.3 tokens/s")));
    f.stages[1].freeMemoryBytes = 4'000'000'000;
    const QString details = ResourceSummary::details(f);
    QVERIFY2(details.contains(QStringLiteral("Part 1 of 2 on this computer: layers 0–9")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Part 2 of 2 on attic (192.168.1.5:45834): layers 10–27")),
             qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("4.0 GB free there")), qPrintable(details));
  }
};

QTEST_MAIN(TestResourceSummary)
#include "tst_resourcesummary.moc"
