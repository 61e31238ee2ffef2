#include "fakehubserver.h"
#include "fixtures.h"
#include "models/modelmanagerdialog.h"
#include "store/appsettings.h"
#include "store/modeldownloader.h"

#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace mdi;
using mdi::test::FakeHubServer;
using mdi::test::Fixtures;

// The first-run flow of the model manager against FakeHubServer: nothing found -> the
// explanation and the download offer; download (interrupted by a stall, then resumed from the
// dialog) with a progress bar; the dialog accepts with the downloaded, validated folder.
// With MDI_SCREENSHOT=<path> it saves the dialog mid-download there (docs/screenshot-first-run.png).
class TestModelManager : public QObject {
  Q_OBJECT

private:
  QTemporaryDir m_tmp;
  FakeHubServer m_hub;

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(m_tmp.isValid());
    qputenv("no_proxy", "127.0.0.1,localhost");
    m_hub.addFolder(QLatin1String(ModelManagerDialog::kDefaultRepo), Fixtures::checkpointDir());
    QVERIFY(m_hub.listen());
  }

  void firstRunDownload() {
    QSettings qs(m_tmp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(&qs);
    settings.setValue(AppSettings::HubBaseUrl, m_hub.baseUrl());
    ModelManagerDialog dialog(settings);
    dialog.setHubCacheDirectory(m_tmp.filePath(QStringLiteral("hub")));
    dialog.downloader()->setStallTimeout(1500);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QCOMPARE(dialog.list()->topLevelItemCount(), 0);
    QVERIFY(dialog.introLabel()->text().contains(QStringLiteral("No Qwen2-VL model")));
    QVERIFY(dialog.downloadButton()->text().contains(QStringLiteral("Qwen2-VL-2B-Instruct")));
    QVERIFY(!dialog.useButton()->isEnabled());

    // The first attempt stalls halfway through the weights.
    const qint64 size = QFileInfo(Fixtures::checkpointDir() + QStringLiteral("/model.safetensors")).size();
    m_hub.stallFile = QStringLiteral("model.safetensors");
    m_hub.stallAfterBytes = size / 2;
    QTest::mouseClick(dialog.downloadButton(), Qt::LeftButton);
    QVERIFY(dialog.cancelButton()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.progressBar()->value() > 0 &&
                                 dialog.statusLabel()->text().contains(QStringLiteral("model.safetensors (file")),
                             60000);
    const QByteArray shot = qgetenv("MDI_SCREENSHOT");
    if (!shot.isEmpty())
      QVERIFY(dialog.grab().save(QString::fromLocal8Bit(shot)));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.statusLabel()->text().contains(QStringLiteral("timed out")), 60000);
    QVERIFY(dialog.downloadButton()->isEnabled());
    QVERIFY(dialog.isVisible());

    // Again: it resumes and finishes, and the dialog accepts with the new folder.
    m_hub.stallAfterBytes = -1;
    m_hub.resetCounters();
    QSignalSpy downloaded(&dialog, &ModelManagerDialog::downloaded);
    QTest::mouseClick(dialog.downloadButton(), Qt::LeftButton);
    QVERIFY(downloaded.wait(60000));
    QVERIFY(m_hub.rangeHeaders().filter(QStringLiteral("bytes=")).size() == 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.selectedDirectory(), downloaded.first().first().toString());
    QCOMPARE(dialog.progressBar()->value(), 1000);
    QCOMPARE(dialog.list()->topLevelItemCount(), 1);
    QVERIFY(dialog.entries().first().isReady());
  }

  // Issue 17: the model in use is marked (bold, "In use") and selected; each model says whether
  // it fits in this computer's memory.
  void marksTheActiveModelAndItsFit() {
    using Fit = ModelManagerDialog::MemoryFit;
    const qint64 gib = 1LL << 30;
    QCOMPARE(ModelManagerDialog::memoryFit(4 * gib, 16 * gib), Fit::Fits);
    QCOMPARE(ModelManagerDialog::memoryFit(12 * gib, 16 * gib), Fit::Tight);
    QCOMPARE(ModelManagerDialog::memoryFit(15 * gib, 16 * gib), Fit::TooLarge);
    QCOMPARE(ModelManagerDialog::memoryFit(4 * gib, 0), Fit::Unknown);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings qs(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(&qs);
    settings.setValue(AppSettings::ModelFolders, {Fixtures::checkpointDir()});
    ModelManagerDialog dialog(settings);
    dialog.setHubCacheDirectory(dir.filePath(QStringLiteral("hub")));
    QCOMPARE(dialog.list()->topLevelItemCount(), 1);
    QTreeWidgetItem *item = dialog.list()->topLevelItem(0);
    QCOMPARE(item->text(ModelManagerDialog::StatusColumn), QStringLiteral("Ready"));
    QVERIFY(!item->font(ModelManagerDialog::NameColumn).bold());
    QVERIFY(!item->text(ModelManagerDialog::MemoryColumn).isEmpty() || dialog.entries().first().sizeBytes == 0);

    settings.setValue(AppSettings::ModelDirectory, Fixtures::checkpointDir() + QStringLiteral("/"));
    dialog.setSystemMemory(64 * gib);
    item = dialog.list()->topLevelItem(0);
    QCOMPARE(item->text(ModelManagerDialog::StatusColumn), QStringLiteral("In use"));
    QVERIFY(item->font(ModelManagerDialog::NameColumn).bold());
    QCOMPARE(dialog.list()->currentItem(), item);
    QCOMPARE(item->text(ModelManagerDialog::MemoryColumn), QStringLiteral("Fits"));
    QVERIFY(item->toolTip(ModelManagerDialog::MemoryColumn).contains(QStringLiteral("this computer has")));

    const qint64 size = dialog.entries().first().sizeBytes;
    QVERIFY(size > 0);
    dialog.setSystemMemory(size / 2);
    QCOMPARE(dialog.list()->topLevelItem(0)->text(ModelManagerDialog::MemoryColumn), QStringLiteral("Too large"));
    dialog.setSystemMemory(0); // unknown: nothing claimed
    QVERIFY(dialog.list()->topLevelItem(0)->text(ModelManagerDialog::MemoryColumn).isEmpty());
  }
};

QTEST_MAIN(TestModelManager)
#include "tst_modelmanager.moc"
