#include "model/samplingparams.h"
#include "store/appsettings.h"

#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace mdi;

class TestAppSettings : public QObject {
  Q_OBJECT

private:
  QTemporaryDir m_dir;
  QString file() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

private Q_SLOTS:
  void init() { QFile::remove(file()); }

  void defaults() {
    QSettings raw(file(), QSettings::IniFormat);
    AppSettings s(&raw);
    QCOMPARE(s.modelDirectory(), QString());
    QCOMPARE(s.computeDtype(), QStringLiteral("auto"));
    QCOMPARE(s.threads(), 0);
    QCOMPARE(s.temperature(), 0.0);
    QCOMPARE(s.topK(), 0);
    QCOMPARE(s.topP(), 0.0);
    QCOMPARE(s.minP(), 0.0);
    QCOMPARE(s.repetitionPenalty(), 0.0);
    QCOMPARE(s.maxNewTokens(), 0);
    QCOMPARE(s.systemPrompt(), QString());
    QCOMPARE(s.maxImagePixels(), 1003520); // 1280 * 28 * 28
    QCOMPARE(s.language(), QString());
    QCOMPARE(s.theme(), QStringLiteral("system"));
    QCOMPARE(s.windowGeometry(), QByteArray());
  }

  void persistsAcrossInstances() {
    {
      QSettings raw(file(), QSettings::IniFormat);
      AppSettings s(&raw);
      s.setModelDirectory(QStringLiteral("/models/qwen2-vl-2b"));
      s.setComputeDtype(QStringLiteral("f32"));
      s.setThreads(6);
      s.setTemperature(0.7);
      s.setTopK(40);
      s.setTopP(0.9);
      s.setMinP(0.05);
      s.setRepetitionPenalty(1.1);
      s.setMaxNewTokens(1024);
      s.setSystemPrompt(QStringLiteral("You are helpful.\nAnswer briefly."));
      s.setMaxImagePixels(512 * 28 * 28);
      s.setLanguage(QStringLiteral("pt_BR"));
      s.setTheme(QStringLiteral("dark"));
      s.setWindowGeometry(QByteArray("\x01\x02\x00\xff", 4));
      s.sync();
      QCOMPARE(raw.status(), QSettings::NoError);
    }
    QSettings raw(file(), QSettings::IniFormat);
    AppSettings s(&raw);
    QCOMPARE(s.modelDirectory(), QStringLiteral("/models/qwen2-vl-2b"));
    QCOMPARE(s.computeDtype(), QStringLiteral("f32"));
    QCOMPARE(s.threads(), 6);
    QCOMPARE(s.temperature(), 0.7);
    QCOMPARE(s.topK(), 40);
    QCOMPARE(s.topP(), 0.9);
    QCOMPARE(s.minP(), 0.05);
    QCOMPARE(s.repetitionPenalty(), 1.1);
    QCOMPARE(s.maxNewTokens(), 1024);
    QCOMPARE(s.systemPrompt(), QStringLiteral("You are helpful.\nAnswer briefly."));
    QCOMPARE(s.maxImagePixels(), 401408);
    QCOMPARE(s.language(), QStringLiteral("pt_BR"));
    QCOMPARE(s.theme(), QStringLiteral("dark"));
    QCOMPARE(s.windowGeometry(), QByteArray("\x01\x02\x00\xff", 4));
  }

  // A hand-edited file: values out of range are clamped, nonsense falls back to the default.
  void clampsStoredValues() {
    {
      QSettings raw(file(), QSettings::IniFormat);
      raw.setValue(QStringLiteral("compute/dtype"), QStringLiteral("int4"));
      raw.setValue(QStringLiteral("compute/threads"), -3);
      raw.setValue(QStringLiteral("sampling/temperature"), 99.5);
      raw.setValue(QStringLiteral("sampling/topK"), QStringLiteral("many"));
      raw.setValue(QStringLiteral("sampling/topP"), 1.5);
      raw.setValue(QStringLiteral("sampling/minP"), -0.2);
      raw.setValue(QStringLiteral("sampling/repetitionPenalty"), QStringLiteral("nan"));
      raw.setValue(QStringLiteral("sampling/maxNewTokens"), QStringLiteral("1e9"));
      raw.setValue(QStringLiteral("images/maxPixels"), 10);
      raw.setValue(QStringLiteral("ui/language"), QStringLiteral("../../etc"));
      raw.setValue(QStringLiteral("ui/theme"), QStringLiteral("neon"));
      raw.sync();
    }
    QSettings raw(file(), QSettings::IniFormat);
    AppSettings s(&raw);
    QCOMPARE(s.computeDtype(), QStringLiteral("auto"));
    QCOMPARE(s.threads(), 0);
    QCOMPARE(s.temperature(), 5.0);
    QCOMPARE(s.topK(), 0);
    QCOMPARE(s.topP(), 1.0);
    QCOMPARE(s.minP(), 0.0);
    QCOMPARE(s.repetitionPenalty(), 0.0);
    QCOMPARE(s.maxNewTokens(), 32768);
    QCOMPARE(s.maxImagePixels(), 3136);
    QCOMPARE(s.language(), QString());
    QCOMPARE(s.theme(), QStringLiteral("system"));

    raw.setValue(QStringLiteral("images/maxPixels"), QStringLiteral("99999999999"));
    QCOMPARE(s.maxImagePixels(), 12845056);
    raw.setValue(QStringLiteral("compute/threads"), 100000);
    QCOMPARE(s.threads(), AppSettings::kMaxThreads);
  }

  void settersClampAndNormalise() {
    QSettings raw(file(), QSettings::IniFormat);
    AppSettings s(&raw);
    s.setComputeDtype(QStringLiteral(" FP32 "));
    QCOMPARE(s.computeDtype(), QStringLiteral("f32"));
    s.setComputeDtype(QStringLiteral("f16"));
    QCOMPARE(s.computeDtype(), QStringLiteral("auto"));
    s.setComputeDtype(QStringLiteral("Q4"));
    QCOMPARE(s.computeDtype(), QStringLiteral("q4"));
    s.setComputeDtype(QStringLiteral("bfloat16"));
    QCOMPARE(s.computeDtype(), QStringLiteral("bf16"));
    s.setThreads(-1);
    QCOMPARE(s.threads(), 0);
    s.setTemperature(std::numeric_limits<double>::infinity());
    QCOMPARE(s.temperature(), 0.0);
    s.setTemperature(-2);
    QCOMPARE(s.temperature(), 0.0);
    s.setTopK(-5);
    QCOMPARE(s.topK(), 0);
    s.setTopP(2);
    QCOMPARE(s.topP(), 1.0);
    s.setMinP(std::numeric_limits<double>::quiet_NaN());
    QCOMPARE(s.minP(), 0.0);
    s.setRepetitionPenalty(50);
    QCOMPARE(s.repetitionPenalty(), 10.0);
    s.setMaxNewTokens(1 << 30);
    QCOMPARE(s.maxNewTokens(), 32768);
    s.setMaxImagePixels(1);
    QCOMPARE(s.maxImagePixels(), 3136);
    s.setMaxImagePixels(std::numeric_limits<qint64>::max());
    QCOMPARE(s.maxImagePixels(), 12845056);
    s.setLanguage(QStringLiteral("de-DE"));
    QCOMPARE(s.language(), QStringLiteral("de_DE"));
    s.setLanguage(QStringLiteral("klingon!"));
    QCOMPARE(s.language(), QString());
    s.setTheme(QStringLiteral("Light"));
    QCOMPARE(s.theme(), QStringLiteral("light"));
    s.setTheme(QStringLiteral("purple"));
    QCOMPARE(s.theme(), QStringLiteral("system"));
    s.setSystemPrompt(QString(AppSettings::kMaxSystemPromptLength + 10, QLatin1Char('p')));
    QCOMPARE(s.systemPrompt().size(), AppSettings::kMaxSystemPromptLength);
  }

  // 0 ("Model default") is left out of the overrides; anything set is handed on. (Replaces the
  // old applyTo() test: how overrides meet the model's values is SamplingParams::merged()'s rule,
  // tested in tst_samplingparams; here only the mapping and one temperature-only case, issue 17 #2.)
  void samplingOverrides() {
    QSettings raw(file(), QSettings::IniFormat);
    AppSettings s(&raw);
    QVERIFY(s.samplingOverrides().isEmpty());

    SamplingParams model;
    model.doSample = true;
    model.temperature = 0.1;
    model.topK = 1;
    model.topP = 0.001;
    model.repetitionPenalty = 1.05;
    model.maxNewTokens = 512;
    model.eosTokenIds = {151645, 151643};
    const SamplingParams unchanged = SamplingParams::merged(model, s.samplingOverrides());
    QCOMPARE(unchanged.temperature, 0.1);
    QCOMPARE(unchanged.topK, 1);
    QCOMPARE(unchanged.topP, 0.001);

    // Only a temperature: it really samples, no hidden top-k 1 / top-p 0.001 from the model.
    s.setTemperature(0.8);
    const SamplingParams warm = SamplingParams::merged(model, s.samplingOverrides());
    QVERIFY(!warm.isGreedy());
    QCOMPARE(warm.temperature, 0.8);
    QCOMPARE(warm.topK, 0);
    QCOMPARE(warm.topP, 1.0);
    QCOMPARE(warm.repetitionPenalty, 1.05);
    QCOMPARE(warm.maxNewTokens, 512);

    s.setTopK(50);
    s.setTopP(0.95);
    s.setMinP(0.02);
    s.setRepetitionPenalty(1.2);
    s.setMaxNewTokens(2048);
    const SamplingOverrides o = s.samplingOverrides();
    QCOMPARE(o.temperature, std::optional<double>(0.8));
    QCOMPARE(o.topK, std::optional<int>(50));
    QCOMPARE(o.topP, std::optional<double>(0.95));
    QCOMPARE(o.minP, std::optional<double>(0.02));
    QCOMPARE(o.repetitionPenalty, std::optional<double>(1.2));
    QCOMPARE(o.maxNewTokens, std::optional<int>(2048));
    const SamplingParams p = SamplingParams::merged(model, o);
    QCOMPARE(p.eosTokenIds, (QList<int>{151645, 151643}));
    QVERIFY(p.validate());

    // Back to "Model default": the field is left out again.
    s.setTopK(0);
    QVERIFY(!s.samplingOverrides().topK);
  }

  void localApi() {
    QSettings raw(file(), QSettings::IniFormat);
    AppSettings s(&raw);
    QVERIFY(!s.localApiEnabled()); // off unless switched on
    QCOMPARE(s.localApiPort(), quint16(8080));
    QCOMPARE(s.localApiKey(), QString());
    s.setLocalApiEnabled(true);
    s.setLocalApiPort(9123);
    s.setLocalApiKey(QStringLiteral("  secret key  "));
    QVERIFY(s.localApiEnabled());
    QCOMPARE(s.localApiPort(), quint16(9123));
    QCOMPARE(s.localApiKey(), QStringLiteral("secret key"));
    s.setLocalApiPort(0);
    QCOMPARE(s.localApiPort(), quint16(1));
    s.setLocalApiPort(70000);
    QCOMPARE(s.localApiPort(), quint16(65535));
    s.setLocalApiKey(QString(1000, QLatin1Char('k')));
    QCOMPARE(s.localApiKey().size(), AppSettings::kMaxApiKeyLength);
    // Hand-edited values: clamped, and a key is never dropped (that would open the API).
    raw.setValue(QStringLiteral("api/port"), QStringLiteral("not a port"));
    QCOMPARE(s.localApiPort(), quint16(8080));
    raw.setValue(QStringLiteral("api/port"), -5);
    QCOMPARE(s.localApiPort(), quint16(1));
    raw.setValue(QStringLiteral("api/key"), QStringLiteral("odd\tkey"));
    QVERIFY(!s.localApiKey().isEmpty());
  }

  void peers() {
    QSettings raw(file(), QSettings::IniFormat);
    AppSettings s(&raw);
    QCOMPARE(s.peerPlacement(), QStringLiteral("automatic"));
    QCOMPARE(s.usedPeers(), QStringList());
    QCOMPARE(s.peerAddresses(), QStringList());
    s.setPeerPlacement(QStringLiteral(" Local "));
    QCOMPARE(s.peerPlacement(), QStringLiteral("local"));
    s.setPeerPlacement(QStringLiteral("everywhere"));
    QCOMPARE(s.peerPlacement(), QStringLiteral("automatic"));
    // Node ids as the protocol allows them, once each; addresses trimmed, once each.
    s.setUsedPeers({QStringLiteral("node-a"), QStringLiteral("node-a"), QStringLiteral("bad id!"), QString(),
                    QStringLiteral("node_b.2")});
    QCOMPARE(s.usedPeers(), (QStringList{QStringLiteral("node-a"), QStringLiteral("node_b.2")}));
    s.setPeerAddresses({QStringLiteral(" 192.168.1.5:45834 "), QStringLiteral("192.168.1.5:45834"), QString(),
                        QStringLiteral("attic")});
    QCOMPARE(s.peerAddresses(), (QStringList{QStringLiteral("192.168.1.5:45834"), QStringLiteral("attic")}));
    s.sync();
    {
      QSettings again(file(), QSettings::IniFormat);
      AppSettings t(&again);
      QCOMPARE(t.usedPeers(), s.usedPeers());
      QCOMPARE(t.peerAddresses(), s.peerAddresses());
    }
    // A single entry (INI stores it as a plain string) and hand-edited nonsense.
    s.setUsedPeers({QStringLiteral("only")});
    QCOMPARE(s.usedPeers(), QStringList{QStringLiteral("only")});
    raw.setValue(QStringLiteral("peers/use"), QStringList{QString(65, QLatin1Char('x')), QStringLiteral("ok")});
    QCOMPARE(s.usedPeers(), QStringList{QStringLiteral("ok")});
    QStringList many;
    for (int i = 0; i < 1000; ++i)
      many.append(QStringLiteral("host%1:1").arg(i));
    s.setPeerAddresses(many);
    QCOMPARE(s.peerAddresses().size(), AppSettings::kMaxPeerEntries);
    s.setUsedPeers({});
    s.setPeerAddresses({});
    QVERIFY(!raw.contains(QStringLiteral("peers/use")));
    QVERIFY(!raw.contains(QStringLiteral("peers/addresses")));
  }

  void defaultConstructorUsesTheApplicationSettings() {
    QCoreApplication::setOrganizationName(QStringLiteral("mdi-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_appsettings"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("native")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("ini")));
    {
      AppSettings s;
      s.setTheme(QStringLiteral("dark"));
      s.sync();
    }
    AppSettings s;
    QCOMPARE(s.theme(), QStringLiteral("dark"));
    QVERIFY(s.settings()->fileName().startsWith(m_dir.path()));
  }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
