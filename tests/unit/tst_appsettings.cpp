#include "model/samplingparams.h"
#include "store/appsettings.h"

#include <QSignalSpy>
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
    QCOMPARE(s.value(AppSettings::ModelDirectory), QString());
    QCOMPARE(s.value(AppSettings::ComputeDtype), QStringLiteral("auto"));
    QCOMPARE(s.value(AppSettings::Threads), 0);
    QCOMPARE(s.value(AppSettings::Temperature), 0.0);
    QCOMPARE(s.value(AppSettings::TopK), 0);
    QCOMPARE(s.value(AppSettings::TopP), 0.0);
    QCOMPARE(s.value(AppSettings::MinP), 0.0);
    QCOMPARE(s.value(AppSettings::RepetitionPenalty), 0.0);
    QCOMPARE(s.value(AppSettings::MaxNewTokens), 0);
    QCOMPARE(s.value(AppSettings::SystemPrompt), QString());
    QCOMPARE(s.value(AppSettings::MaxImagePixels), 1003520); // 1280 * 28 * 28
    QCOMPARE(s.value(AppSettings::Language), QString());
    QCOMPARE(s.value(AppSettings::Theme), QStringLiteral("system"));
    QCOMPARE(s.value(AppSettings::WindowGeometry), QByteArray());
  }

  void persistsAcrossInstances() {
    {
      QSettings raw(file(), QSettings::IniFormat);
      AppSettings s(&raw);
      s.setValue(AppSettings::ModelDirectory, QStringLiteral("/models/qwen2-vl-2b"));
      s.setValue(AppSettings::ComputeDtype, QStringLiteral("f32"));
      s.setValue(AppSettings::Threads, 6);
      s.setValue(AppSettings::Temperature, 0.7);
      s.setValue(AppSettings::TopK, 40);
      s.setValue(AppSettings::TopP, 0.9);
      s.setValue(AppSettings::MinP, 0.05);
      s.setValue(AppSettings::RepetitionPenalty, 1.1);
      s.setValue(AppSettings::MaxNewTokens, 1024);
      s.setValue(AppSettings::SystemPrompt, QStringLiteral("You are helpful.\nAnswer briefly."));
      s.setValue(AppSettings::MaxImagePixels, 512 * 28 * 28);
      s.setValue(AppSettings::Language, QStringLiteral("pt_BR"));
      s.setValue(AppSettings::Theme, QStringLiteral("dark"));
      s.setValue(AppSettings::WindowGeometry, QByteArray("\x01\x02\x00\xff", 4));
      s.sync();
      QCOMPARE(raw.status(), QSettings::NoError);
    }
    QSettings raw(file(), QSettings::IniFormat);
    AppSettings s(&raw);
    QCOMPARE(s.value(AppSettings::ModelDirectory), QStringLiteral("/models/qwen2-vl-2b"));
    QCOMPARE(s.value(AppSettings::ComputeDtype), QStringLiteral("f32"));
    QCOMPARE(s.value(AppSettings::Threads), 6);
    QCOMPARE(s.value(AppSettings::Temperature), 0.7);
    QCOMPARE(s.value(AppSettings::TopK), 40);
    QCOMPARE(s.value(AppSettings::TopP), 0.9);
    QCOMPARE(s.value(AppSettings::MinP), 0.05);
    QCOMPARE(s.value(AppSettings::RepetitionPenalty), 1.1);
    QCOMPARE(s.value(AppSettings::MaxNewTokens), 1024);
    QCOMPARE(s.value(AppSettings::SystemPrompt), QStringLiteral("You are helpful.\nAnswer briefly."));
    QCOMPARE(s.value(AppSettings::MaxImagePixels), 401408);
    QCOMPARE(s.value(AppSettings::Language), QStringLiteral("pt_BR"));
    QCOMPARE(s.value(AppSettings::Theme), QStringLiteral("dark"));
    QCOMPARE(s.value(AppSettings::WindowGeometry), QByteArray("\x01\x02\x00\xff", 4));
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
    QCOMPARE(s.value(AppSettings::ComputeDtype), QStringLiteral("auto"));
    QCOMPARE(s.value(AppSettings::Threads), 0);
    QCOMPARE(s.value(AppSettings::Temperature), 5.0);
    QCOMPARE(s.value(AppSettings::TopK), 0);
    QCOMPARE(s.value(AppSettings::TopP), 1.0);
    QCOMPARE(s.value(AppSettings::MinP), 0.0);
    QCOMPARE(s.value(AppSettings::RepetitionPenalty), 0.0);
    QCOMPARE(s.value(AppSettings::MaxNewTokens), 32768);
    QCOMPARE(s.value(AppSettings::MaxImagePixels), 3136);
    QCOMPARE(s.value(AppSettings::Language), QString());
    QCOMPARE(s.value(AppSettings::Theme), QStringLiteral("system"));

    raw.setValue(QStringLiteral("images/maxPixels"), QStringLiteral("99999999999"));
    QCOMPARE(s.value(AppSettings::MaxImagePixels), 12845056);
    raw.setValue(QStringLiteral("compute/threads"), 100000);
    QCOMPARE(s.value(AppSettings::Threads), AppSettings::kMaxThreads);
  }

  void settersClampAndNormalise() {
    QSettings raw(file(), QSettings::IniFormat);
    AppSettings s(&raw);
    s.setValue(AppSettings::ComputeDtype, QStringLiteral(" FP32 "));
    QCOMPARE(s.value(AppSettings::ComputeDtype), QStringLiteral("f32"));
    s.setValue(AppSettings::ComputeDtype, QStringLiteral("f16"));
    QCOMPARE(s.value(AppSettings::ComputeDtype), QStringLiteral("auto"));
    s.setValue(AppSettings::ComputeDtype, QStringLiteral("Q4"));
    QCOMPARE(s.value(AppSettings::ComputeDtype), QStringLiteral("q4"));
    s.setValue(AppSettings::ComputeDtype, QStringLiteral("bfloat16"));
    QCOMPARE(s.value(AppSettings::ComputeDtype), QStringLiteral("bf16"));
    s.setValue(AppSettings::Threads, -1);
    QCOMPARE(s.value(AppSettings::Threads), 0);
    s.setValue(AppSettings::Temperature, std::numeric_limits<double>::infinity());
    QCOMPARE(s.value(AppSettings::Temperature), 0.0);
    s.setValue(AppSettings::Temperature, -2);
    QCOMPARE(s.value(AppSettings::Temperature), 0.0);
    s.setValue(AppSettings::TopK, -5);
    QCOMPARE(s.value(AppSettings::TopK), 0);
    s.setValue(AppSettings::TopP, 2);
    QCOMPARE(s.value(AppSettings::TopP), 1.0);
    s.setValue(AppSettings::MinP, std::numeric_limits<double>::quiet_NaN());
    QCOMPARE(s.value(AppSettings::MinP), 0.0);
    s.setValue(AppSettings::RepetitionPenalty, 50);
    QCOMPARE(s.value(AppSettings::RepetitionPenalty), 10.0);
    s.setValue(AppSettings::MaxNewTokens, 1 << 30);
    QCOMPARE(s.value(AppSettings::MaxNewTokens), 32768);
    s.setValue(AppSettings::MaxImagePixels, 1);
    QCOMPARE(s.value(AppSettings::MaxImagePixels), 3136);
    s.setValue(AppSettings::MaxImagePixels, std::numeric_limits<qint64>::max());
    QCOMPARE(s.value(AppSettings::MaxImagePixels), 12845056);
    s.setValue(AppSettings::Language, QStringLiteral("de-DE"));
    QCOMPARE(s.value(AppSettings::Language), QStringLiteral("de_DE"));
    s.setValue(AppSettings::Language, QStringLiteral("klingon!"));
    QCOMPARE(s.value(AppSettings::Language), QString());
    s.setValue(AppSettings::Theme, QStringLiteral("Light"));
    QCOMPARE(s.value(AppSettings::Theme), QStringLiteral("light"));
    s.setValue(AppSettings::Theme, QStringLiteral("purple"));
    QCOMPARE(s.value(AppSettings::Theme), QStringLiteral("system"));
    s.setValue(AppSettings::SystemPrompt, QString(AppSettings::kMaxSystemPromptLength + 10, QLatin1Char('p')));
    QCOMPARE(s.value(AppSettings::SystemPrompt).size(), AppSettings::kMaxSystemPromptLength);
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
    s.setValue(AppSettings::Temperature, 0.8);
    const SamplingParams warm = SamplingParams::merged(model, s.samplingOverrides());
    QVERIFY(!warm.isGreedy());
    QCOMPARE(warm.temperature, 0.8);
    QCOMPARE(warm.topK, 0);
    QCOMPARE(warm.topP, 1.0);
    QCOMPARE(warm.repetitionPenalty, 1.05);
    QCOMPARE(warm.maxNewTokens, 512);

    s.setValue(AppSettings::TopK, 50);
    s.setValue(AppSettings::TopP, 0.95);
    s.setValue(AppSettings::MinP, 0.02);
    s.setValue(AppSettings::RepetitionPenalty, 1.2);
    s.setValue(AppSettings::MaxNewTokens, 2048);
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
    s.setValue(AppSettings::TopK, 0);
    QVERIFY(!s.samplingOverrides().topK);
  }

  void localApi() {
    QSettings raw(file(), QSettings::IniFormat);
    AppSettings s(&raw);
    QVERIFY(!s.value(AppSettings::LocalApiEnabled)); // off unless switched on
    QCOMPARE(s.value(AppSettings::LocalApiPort), 8080);
    QCOMPARE(s.value(AppSettings::LocalApiKey), QString());
    s.setValue(AppSettings::LocalApiEnabled, true);
    s.setValue(AppSettings::LocalApiPort, 9123);
    s.setValue(AppSettings::LocalApiKey, QStringLiteral("  secret key  "));
    QVERIFY(s.value(AppSettings::LocalApiEnabled));
    QCOMPARE(s.value(AppSettings::LocalApiPort), 9123);
    QCOMPARE(s.value(AppSettings::LocalApiKey), QStringLiteral("secret key"));
    s.setValue(AppSettings::LocalApiPort, 0);
    QCOMPARE(s.value(AppSettings::LocalApiPort), 1);
    s.setValue(AppSettings::LocalApiPort, 70000);
    QCOMPARE(s.value(AppSettings::LocalApiPort), 65535);
    s.setValue(AppSettings::LocalApiKey, QString(1000, QLatin1Char('k')));
    QCOMPARE(s.value(AppSettings::LocalApiKey).size(), AppSettings::kMaxApiKeyLength);
    // Hand-edited values: clamped, and a key is never dropped (that would open the API).
    raw.setValue(QStringLiteral("api/port"), QStringLiteral("not a port"));
    QCOMPARE(s.value(AppSettings::LocalApiPort), 8080);
    raw.setValue(QStringLiteral("api/port"), -5);
    QCOMPARE(s.value(AppSettings::LocalApiPort), 1);
    raw.setValue(QStringLiteral("api/key"), QStringLiteral("odd\tkey"));
    QVERIFY(!s.value(AppSettings::LocalApiKey).isEmpty());
  }

  void peers() {
    QSettings raw(file(), QSettings::IniFormat);
    AppSettings s(&raw);
    QCOMPARE(s.value(AppSettings::PeerPlacement), QStringLiteral("automatic"));
    QCOMPARE(s.value(AppSettings::UsedPeers), QStringList());
    QCOMPARE(s.value(AppSettings::PeerAddresses), QStringList());
    s.setValue(AppSettings::PeerPlacement, QStringLiteral(" Local "));
    QCOMPARE(s.value(AppSettings::PeerPlacement), QStringLiteral("local"));
    s.setValue(AppSettings::PeerPlacement, QStringLiteral("everywhere"));
    QCOMPARE(s.value(AppSettings::PeerPlacement), QStringLiteral("automatic"));
    // Node ids as the protocol allows them, once each; addresses trimmed, once each.
    s.setValue(AppSettings::UsedPeers, {QStringLiteral("node-a"), QStringLiteral("node-a"), QStringLiteral("bad id!"),
                                        QString(), QStringLiteral("node_b.2")});
    QCOMPARE(s.value(AppSettings::UsedPeers), (QStringList{QStringLiteral("node-a"), QStringLiteral("node_b.2")}));
    s.setValue(AppSettings::PeerAddresses, {QStringLiteral(" 192.168.1.5:45834 "), QStringLiteral("192.168.1.5:45834"),
                                            QString(), QStringLiteral("attic")});
    QCOMPARE(s.value(AppSettings::PeerAddresses),
             (QStringList{QStringLiteral("192.168.1.5:45834"), QStringLiteral("attic")}));
    s.sync();
    {
      QSettings again(file(), QSettings::IniFormat);
      AppSettings t(&again);
      QCOMPARE(t.value(AppSettings::UsedPeers), s.value(AppSettings::UsedPeers));
      QCOMPARE(t.value(AppSettings::PeerAddresses), s.value(AppSettings::PeerAddresses));
    }
    // A single entry (INI stores it as a plain string) and hand-edited nonsense.
    s.setValue(AppSettings::UsedPeers, {QStringLiteral("only")});
    QCOMPARE(s.value(AppSettings::UsedPeers), QStringList{QStringLiteral("only")});
    raw.setValue(QStringLiteral("peers/use"), QStringList{QString(65, QLatin1Char('x')), QStringLiteral("ok")});
    QCOMPARE(s.value(AppSettings::UsedPeers), QStringList{QStringLiteral("ok")});
    QStringList many;
    for (int i = 0; i < 1000; ++i)
      many.append(QStringLiteral("host%1:1").arg(i));
    s.setValue(AppSettings::PeerAddresses, many);
    QCOMPARE(s.value(AppSettings::PeerAddresses).size(), AppSettings::kMaxPeerEntries);
    s.setValue(AppSettings::UsedPeers, {});
    s.setValue(AppSettings::PeerAddresses, {});
    QVERIFY(!raw.contains(QStringLiteral("peers/use")));
    QVERIFY(!raw.contains(QStringLiteral("peers/addresses")));
  }

  // changed() names the one key whose value changed, once; writing the same (or an equivalent)
  // value again, or another key, does not call a key's onChanged() slot.
  void changeSignalsPerKey() {
    QSettings raw(file(), QSettings::IniFormat);
    AppSettings s(&raw);
    QSignalSpy spy(&s, &AppSettings::changed);
    int dtypeChanges = 0;
    s.onChanged(AppSettings::ComputeDtype, &s, [&] { ++dtypeChanges; });
    s.setValue(AppSettings::ComputeDtype, QStringLiteral("q8"));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("compute/dtype"));
    QCOMPARE(dtypeChanges, 1);
    s.setValue(AppSettings::ComputeDtype, QStringLiteral(" Q8 ")); // cleaned to the same value
    s.setValue(AppSettings::Threads, 4);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("compute/threads"));
    QCOMPARE(dtypeChanges, 1);
    s.setValue(AppSettings::Threads, 4);
    QCOMPARE(spy.size(), 2);
    // Back to the default: the key is removed, and that is a change too.
    s.setValue(AppSettings::ComputeDtype, QStringLiteral("auto"));
    QVERIFY(!raw.contains(QStringLiteral("compute/dtype")));
    QCOMPARE(dtypeChanges, 2);
  }

  // The file keeps paired nodes and the API key: readable by its owner only, from its creation
  // on and after every write (also QSettings' own writes, which replace the file).
  void fileIsPrivate() {
#ifdef Q_OS_WIN
    QSKIP("POSIX permissions");
#endif
    const QFileDevice::Permissions group = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                                           QFileDevice::WriteOther | QFileDevice::ExeOwner;
    {
      QSettings raw(file(), QSettings::IniFormat);
      AppSettings s(&raw);
      QVERIFY(!QFile::exists(file())); // reading creates nothing
      s.setValue(AppSettings::LocalApiKey, QStringLiteral("secret"));
      QVERIFY(QFile::exists(file())); // created before QSettings writes it
      QCOMPARE(QFile::permissions(file()) & group, QFileDevice::Permissions());
      s.sync();
      QCOMPARE(QFile::permissions(file()) & group, QFileDevice::Permissions());
      s.setValue(AppSettings::UsedPeers, {QStringLiteral("node-a")});
    } // QSettings writes the file again when it goes
    QCOMPARE(QFile::permissions(file()) & group, QFileDevice::Permissions());
    QVERIFY(QFile::permissions(file()) & QFileDevice::ReadOwner);

    // A file an older version left readable by everyone is made private when it is opened.
    QVERIFY(
        QFile::setPermissions(file(), QFile::permissions(file()) | QFileDevice::ReadOther | QFileDevice::ReadGroup));
    QSettings raw(file(), QSettings::IniFormat);
    AppSettings s(&raw);
    QCOMPARE(QFile::permissions(file()) & group, QFileDevice::Permissions());
    QCOMPARE(s.value(AppSettings::LocalApiKey), QStringLiteral("secret"));
  }

  void defaultConstructorUsesTheApplicationSettings() {
    QCoreApplication::setOrganizationName(QStringLiteral("mdi-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_appsettings"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("native")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("ini")));
    {
      AppSettings s;
      s.setValue(AppSettings::Theme, QStringLiteral("dark"));
      s.sync();
    }
    AppSettings s;
    QCOMPARE(s.value(AppSettings::Theme), QStringLiteral("dark"));
    QVERIFY(s.settings()->fileName().startsWith(m_dir.path()));
  }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
