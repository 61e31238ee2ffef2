#include "mdiversion.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Builds the .deb from this build tree with CPack, unpacks it with `dpkg-deb -x` into a temporary
// root and checks what apt would install: the files, the declared dependencies, the programs
// starting from the unpacked tree, the man pages against the programs' --help, the licence, the
// maintainer scripts of the systemd unit; and what Debian's tools say: lintian (no E: or W:),
// desktop-file-validate, appstreamcli (pedantic) and systemd-analyze security (the unit's sandbox).
// Skipped where dpkg-deb (or dpkg-shlibdeps, which computes the dependencies) is missing; each
// tool's check is skipped where that tool is (scripts/install-deps installs them all).
class TestDebPackage : public QObject {
  Q_OBJECT

private:
  struct Run {
    int exitCode = -1;
    QString out; // standard output and error together
  };

  QTemporaryDir m_tmp;
  QString m_deb;
  QString m_root;
  QString m_dpkgDeb;

  static Run run(const QString &program, const QStringList &args,
                 const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(), int timeoutMs = 240000) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
      p.kill();
      p.waitForFinished();
      r.out = QStringLiteral("%1 did not finish (%2)").arg(program, p.errorString());
      return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAll());
    return r;
  }

  // The environment a user's shell would give an unpacked program: its libraries (if the package
  // has any) first, offscreen Qt, a UTF-8 locale.
  QProcessEnvironment unpackedEnvironment() const {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QStringList libs;
    for (const QString &dir : {QStringLiteral("/usr/lib"), QStringLiteral("/usr/lib64")}) {
      if (QFileInfo(m_root + dir).isDir())
        libs << m_root + dir;
      QDirIterator it(m_root + dir, QDir::Dirs | QDir::NoDotAndDotDot);
      while (it.hasNext())
        libs << it.next();
    }
    if (!env.value(QStringLiteral("LD_LIBRARY_PATH")).isEmpty())
      libs << env.value(QStringLiteral("LD_LIBRARY_PATH"));
    env.insert(QStringLiteral("LD_LIBRARY_PATH"), libs.join(QLatin1Char(':')));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // English, whatever the caller's language: the checks read the programs' --help.
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
  }

  QString field(const QString &name) const {
    const Run r = run(m_dpkgDeb, {QStringLiteral("--field"), m_deb, name});
    return r.exitCode == 0 ? r.out.trimmed() : QString();
  }

  // The package names of a Depends-style field: "a (>= 1), b | c" -> {a, b, c}.
  static QSet<QString> packageNames(const QString &relation) {
    QSet<QString> names;
    for (const QString &alternatives : relation.split(QLatin1Char(','), Qt::SkipEmptyParts))
      for (QString name : alternatives.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        name = name.trimmed();
        name = name.left(name.indexOf(QLatin1Char(' ')) < 0 ? name.size() : name.indexOf(QLatin1Char(' ')));
        name = name.section(QLatin1Char(':'), 0, 0); // "pkg:any"
        names.insert(name);
      }
    return names;
  }

  static QString manPage(const QString &gzPath) {
    const Run r = run(QStringLiteral("gzip"), {QStringLiteral("-dc"), gzPath});
    return r.exitCode == 0 ? r.out : QString();
  }

  // The commands that `mdi-run --help` lists between "Commands" and "Options:", as "  name  summary".
  QStringList mdiRunCommands() const {
    const QString help =
        run(m_root + QStringLiteral("/usr/bin/mdi-run"), {QStringLiteral("--help")}, unpackedEnvironment(), 60000).out;
    const qsizetype from = help.indexOf(QLatin1String("Commands"));
    const qsizetype to = help.indexOf(QLatin1String("Options:"));
    QStringList commands;
    if (from < 0 || to < from)
      return commands;
    const QRegularExpression line(QStringLiteral("^  ([a-z][a-z-]*) +\\S"), QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(help.mid(from, to - from)); it.hasNext();)
      commands << it.next().captured(1);
    return commands;
  }

  QStringList packagedFiles() const {
    QStringList files;
    QDirIterator it(m_root, QDir::Files | QDir::System | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
      files << QDir(m_root).relativeFilePath(it.next());
    files.sort();
    return files;
  }

private Q_SLOTS:
  void initTestCase() {
#ifndef Q_OS_LINUX
    QSKIP("The .deb is built on Linux only.");
#else
    m_dpkgDeb = QStandardPaths::findExecutable(QStringLiteral("dpkg-deb"));
    if (m_dpkgDeb.isEmpty())
      QSKIP("dpkg-deb is missing (not a Debian-based system), so there is no .deb to build and unpack.");
    if (QStandardPaths::findExecutable(QStringLiteral("dpkg-shlibdeps")).isEmpty())
      QSKIP("dpkg-shlibdeps is missing (install dpkg-dev), so CPack cannot compute the .deb's dependencies.");
    if (QStandardPaths::findExecutable(QStringLiteral("file")).isEmpty())
      QSKIP("file is missing, which CPack's dpkg-shlibdeps step needs to find the programs.");
    QVERIFY(m_tmp.isValid());

    const QString out = m_tmp.filePath(QStringLiteral("out"));
    const Run cpack = run(QStringLiteral(MDI_CPACK_COMMAND),
                          {QStringLiteral("--config"), QStringLiteral(MDI_BUILD_DIR "/CPackConfig.cmake"),
                           QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), out});
    QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out));
    const QStringList debs = QDir(out).entryList({QStringLiteral("*.deb")}, QDir::Files);
    QVERIFY2(debs.size() == 1, qPrintable(cpack.out));
    m_deb = QDir(out).filePath(debs.first());

    m_root = m_tmp.filePath(QStringLiteral("root"));
    const Run unpack = run(m_dpkgDeb, {QStringLiteral("-x"), m_deb, m_root});
    QVERIFY2(unpack.exitCode == 0, qPrintable(unpack.out));
    qInfo("%s: %lld bytes", qPrintable(debs.first()), QFileInfo(m_deb).size());
#endif
  }

  void fileNameAndControlFields() {
    const QString arch = run(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")}).out.trimmed();
    QCOMPARE(QFileInfo(m_deb).fileName(),
             QStringLiteral("mdi-chat_%1_%2.deb").arg(QStringLiteral(MDI_VERSION_STRING), arch));
    QCOMPARE(field(QStringLiteral("Package")), QStringLiteral("mdi-chat"));
    QCOMPARE(field(QStringLiteral("Version")), QStringLiteral(MDI_VERSION_STRING));
    QCOMPARE(field(QStringLiteral("Architecture")), arch);
    QCOMPARE(field(QStringLiteral("Homepage")), QStringLiteral(MDI_PROJECT_URL));
    // "Name <email>" (lintian: malformed-contact).
    const QString maintainer = field(QStringLiteral("Maintainer"));
    QVERIFY2(QRegularExpression(QStringLiteral("^[^<>@]+ <[^<>@ ]+@[^<>@ ]+\\.[a-z]+>$")).match(maintainer).hasMatch(),
             qPrintable(maintainer));
    const QString description = field(QStringLiteral("Description"));
    QVERIFY2(description.contains(QLatin1String("Qwen2-VL")) && description.contains(QLatin1Char('\n')),
             qPrintable(description));
  }

  void dependenciesComeFromTheProgramsLibraries() {
    const QString depends = field(QStringLiteral("Depends"));
    const QSet<QString> names = packageNames(depends);
    // What dpkg-shlibdeps derives from the ELF files, and the Qt plugins added by hand.
    for (const char *name : {"libc6", "libstdc++6", "libqt6core6", "libqt6gui6", "libqt6widgets6", "libqt6network6",
                             "libqt6sql6", "libqt6sql6-sqlite", "qt6-qpa-plugins"})
      QVERIFY2(names.contains(QLatin1String(name)),
               qPrintable(QLatin1String(name) + QStringLiteral(" not in ") + depends));
    // Debian names libtorch's runtime package after its soname: libtorch1.13, libtorch2.1, ...
    bool torch = false;
    for (const QString &name : names)
      torch = torch || QRegularExpression(QStringLiteral("^libtorch[0-9][0-9.]*$")).match(name).hasMatch();
    QVERIFY2(torch, qPrintable(depends));
    QVERIFY2(packageNames(field(QStringLiteral("Recommends"))).contains(QStringLiteral("libopenblas0-pthread")),
             qPrintable(field(QStringLiteral("Recommends"))));

    // Every library the programs link directly belongs to a package in Depends.
    if (QStandardPaths::findExecutable(QStringLiteral("readelf")).isEmpty())
      QSKIP("readelf (binutils) is missing: the declared dependencies were checked, not the linked libraries.");
    QSet<QString> needed;
    for (const char *program : {"mdi-chat", "mdi-node", "mdi-run"}) {
      const Run elf = run(QStringLiteral("readelf"),
                          {QStringLiteral("-d"), m_root + QStringLiteral("/usr/bin/") + QLatin1String(program)});
      QCOMPARE(elf.exitCode, 0);
      const QRegularExpression re(QStringLiteral("\\(NEEDED\\).*\\[(.+)\\]"));
      for (auto it = re.globalMatch(elf.out); it.hasNext();)
        needed.insert(it.next().captured(1));
    }
    QVERIFY(!needed.isEmpty());
    for (const QString &soname : std::as_const(needed)) {
      const Run owner = run(QStringLiteral("dpkg"), {QStringLiteral("-S"), QStringLiteral("*/") + soname});
      QVERIFY2(owner.exitCode == 0, qPrintable(soname + QStringLiteral(": ") + owner.out));
      bool declared = false;
      for (const QString &line : owner.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        for (const QString &package : line.section(QStringLiteral(": "), 0, 0).split(QStringLiteral(", ")))
          declared = declared || names.contains(package.section(QLatin1Char(':'), 0, 0).trimmed());
      QVERIFY2(declared, qPrintable(soname + QStringLiteral(" (") + owner.out.trimmed() +
                                    QStringLiteral(") is not covered by Depends: ") + depends));
    }
  }

  void files() {
    const QString id = QStringLiteral(MDI_APP_ID);
    QStringList expected = {
        QStringLiteral("usr/bin/mdi-chat"),
        QStringLiteral("usr/bin/mdi-node"),
        QStringLiteral("usr/bin/mdi-run"),
        QStringLiteral("usr/share/applications/%1.desktop").arg(id),
        QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(id),
        QStringLiteral("usr/share/icons/hicolor/scalable/apps/%1.svg").arg(id),
        QStringLiteral("usr/share/man/man1/mdi-chat.1.gz"),
        QStringLiteral("usr/share/man/man1/mdi-node.1.gz"),
        QStringLiteral("usr/share/man/man1/mdi-run.1.gz"),
        QStringLiteral("usr/lib/systemd/system/mdi-node.service"),
        QStringLiteral("usr/share/doc/mdi-chat/copyright"),
        QStringLiteral("usr/share/doc/mdi-chat/changelog.gz"),
        QStringLiteral("usr/share/doc/mdi-chat/THIRD_PARTY_NOTICES.md"),
    };
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
      expected << QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(id);
    const QStringList files = packagedFiles();
    for (const QString &path : std::as_const(expected))
      QVERIFY2(files.contains(path),
               qPrintable(path + QStringLiteral(" missing; the package has:\n") + files.join(QLatin1Char('\n'))));
    // Nothing else: no headers, static libraries, test programs or files outside /usr.
    for (const QString &path : files)
      QVERIFY2(expected.contains(path), qPrintable(QStringLiteral("unexpected file in the package: ") + path));
    for (const char *program : {"mdi-chat", "mdi-node", "mdi-run"})
      QVERIFY(QFileInfo(m_root + QStringLiteral("/usr/bin/") + QLatin1String(program)).isExecutable());
  }

  void iconsHaveTheirSize() {
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
      QImageReader reader(
          m_root +
          QStringLiteral("/usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(QStringLiteral(MDI_APP_ID)));
      QCOMPARE(reader.format(), QByteArray("png"));
      QCOMPARE(reader.size(), QSize(size, size));
    }
  }

  // The MIT licence (LICENSE) in Debian's machine-readable copyright file, and the changelog of a
  // native package with an entry for this version.
  void copyrightAndChangelog() {
    QFile copyright(m_root + QStringLiteral("/usr/share/doc/mdi-chat/copyright"));
    QVERIFY(copyright.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(copyright.readAll());
    QVERIFY2(
        text.startsWith(QLatin1String("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/")),
        qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\nFiles: *\n")) && text.contains(QLatin1String("\nLicense: MIT\n")),
             qPrintable(text));
    QFile license(QStringLiteral(MDI_SOURCE_DIR "/LICENSE"));
    QVERIFY(license.open(QIODevice::ReadOnly));
    const QString mit = QString::fromUtf8(license.readAll());
    for (const QString &line : mit.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
      if (!line.startsWith(QLatin1String("MIT License")) && !line.startsWith(QLatin1String("Copyright")))
        QVERIFY2(text.contains(QLatin1Char(' ') + line + QLatin1Char('\n')),
                 qPrintable(QStringLiteral("the copyright file lacks the LICENSE line: ") + line));

    const Run changelog = run(QStringLiteral("gzip"),
                              {QStringLiteral("-dc"), m_root + QStringLiteral("/usr/share/doc/mdi-chat/changelog.gz")});
    QCOMPARE(changelog.exitCode, 0);
    QVERIFY2(changelog.out.startsWith(QStringLiteral("mdi-chat (" MDI_VERSION_STRING ") ")), qPrintable(changelog.out));
    QVERIFY2(QRegularExpression(QStringLiteral("\n -- [^\n]+ <[^\n]+>  [A-Z][a-z]{2}, \\d{1,2} [A-Z][a-z]{2} \\d{4} "))
                 .match(changelog.out)
                 .hasMatch(),
             qPrintable(changelog.out));
  }

  // Programs in /usr/bin use the system's libraries: no RPATH or RUNPATH (qt_standard_project_setup
  // would give them $ORIGIN:$ORIGIN/../lib).
  void programsHaveNoRunpath() {
    if (QStandardPaths::findExecutable(QStringLiteral("readelf")).isEmpty())
      QSKIP("readelf (binutils) is missing.");
    for (const char *program : {"mdi-chat", "mdi-node", "mdi-run"}) {
      const Run elf = run(QStringLiteral("readelf"),
                          {QStringLiteral("-d"), m_root + QStringLiteral("/usr/bin/") + QLatin1String(program)});
      QCOMPARE(elf.exitCode, 0);
      QVERIFY2(!elf.out.contains(QLatin1String("(RUNPATH)")) && !elf.out.contains(QLatin1String("(RPATH)")),
               qPrintable(QLatin1String(program) + QStringLiteral(":\n") + elf.out));
    }
  }

  // lintian, pedantic: no error and no warning. Infos are allowed (for example the hardening flags,
  // which only a build with dpkg-buildflags has: the release workflow's, not every developer's).
  void lintianIsClean() {
    const QString lintian = QStandardPaths::findExecutable(QStringLiteral("lintian"));
    if (lintian.isEmpty())
      QSKIP("lintian is missing (scripts/install-deps installs it).");
    const Run r = run(lintian, {QStringLiteral("--pedantic"), QStringLiteral("--display-info"),
                                QStringLiteral("--tag-display-limit"), QStringLiteral("0"), m_deb});
    qInfo("%s", qPrintable(r.out.trimmed()));
    QStringList problems;
    for (const QString &line : r.out.split(QLatin1Char('\n')))
      if (line.startsWith(QLatin1String("E: ")) || line.startsWith(QLatin1String("W: ")))
        problems << line;
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));
  }

  void desktopEntryAndMetainfo() {
    const QString id = QStringLiteral(MDI_APP_ID);
    QFile desktop(m_root + QStringLiteral("/usr/share/applications/%1.desktop").arg(id));
    QVERIFY(desktop.open(QIODevice::ReadOnly));
    const QString entry = QString::fromUtf8(desktop.readAll());
    QVERIFY2(entry.contains(QLatin1String("\nExec=mdi-chat\n")), qPrintable(entry));
    QVERIFY2(entry.contains(QStringLiteral("\nIcon=%1\n").arg(id)), qPrintable(entry));
    QVERIFY2(entry.contains(QLatin1String("\nType=Application\n")), qPrintable(entry));

    QFile metainfo(m_root + QStringLiteral("/usr/share/metainfo/%1.metainfo.xml").arg(id));
    QVERIFY(metainfo.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(metainfo.readAll());
    QVERIFY(xml.contains(QStringLiteral("<id>%1</id>").arg(id)));
    QVERIFY(xml.contains(QStringLiteral("<launchable type=\"desktop-id\">%1.desktop</launchable>").arg(id)));
    // docs/RELEASING.md: every version gets a <release> entry before it is tagged.
    QVERIFY2(xml.contains(QStringLiteral("<release version=\"%1\"").arg(QStringLiteral(MDI_VERSION_STRING))),
             "the metainfo has no <release> for this version (docs/RELEASING.md)");

    QVERIFY2(xml.contains(QLatin1String("<project_license>MIT</project_license>")), "no project_license");

    const QString desktopValidator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (desktopValidator.isEmpty())
      QSKIP("desktop-file-validate is missing (desktop-file-utils; scripts/install-deps installs it).");
    const Run desktopValid = run(desktopValidator, {desktop.fileName()});
    QVERIFY2(desktopValid.exitCode == 0 && desktopValid.out.trimmed().isEmpty(), qPrintable(desktopValid.out));

    const QString validator = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (validator.isEmpty())
      QSKIP("appstreamcli is missing (appstream; scripts/install-deps installs it).");
    const Run valid = run(validator, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                      QStringLiteral("--pedantic"), metainfo.fileName()});
    // Errors, warnings and pedantic remarks fail; infos pass. (AppStream 0.16, Debian 12's, does not
    // know <developer> yet and says "I: unknown-tag developer"; 1.0 deprecates <developer_name>.)
    QStringList problems;
    for (const QString &line : valid.out.split(QLatin1Char('\n')))
      if (QRegularExpression(QStringLiteral("^[EWP]: ")).match(line).hasMatch())
        problems << line;
    QVERIFY2(valid.exitCode == 0 && problems.isEmpty(), qPrintable(valid.out));
  }

  // The translations are compiled into the programs as Qt resources (:/i18n), not installed as
  // files: each translations/mdichat_<lang>.ts must be there as mdichat_<lang>.qm, and load.
  void translationsAreInThePrograms() {
    const QStringList tsFiles = QDir(QStringLiteral(MDI_SOURCE_DIR "/translations"))
                                    .entryList({QStringLiteral("mdichat_*.ts")}, QDir::Files, QDir::Name);
    QVERIFY(!tsFiles.isEmpty());
    for (const char *program : {"mdi-chat", "mdi-node", "mdi-run"}) {
      QFile binary(m_root + QStringLiteral("/usr/bin/") + QLatin1String(program));
      QVERIFY(binary.open(QIODevice::ReadOnly));
      const QByteArray data = binary.readAll();
      for (const QString &ts : tsFiles) {
        // rcc stores resource names as UTF-16BE.
        const QString qm = QFileInfo(ts).completeBaseName() + QStringLiteral(".qm");
        QByteArray name;
        for (QChar c : qm)
          name.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
        QVERIFY2(data.contains(name), qPrintable(QLatin1String(program) + QStringLiteral(" lacks ") + qm));
      }
    }
    // And the unpacked program finds them: its --help in German differs from the English one.
    const QString mdiRun = m_root + QStringLiteral("/usr/bin/mdi-run");
    const QString english = run(mdiRun, {QStringLiteral("--help")}, unpackedEnvironment(), 60000).out;
    QProcessEnvironment german = unpackedEnvironment();
    german.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    const QString translated = run(mdiRun, {QStringLiteral("--help")}, german, 60000).out;
    const auto withoutUsage = [](const QString &help) { return help.section(QLatin1Char('\n'), 1); };
    QVERIFY2(!withoutUsage(english).isEmpty() && withoutUsage(translated) != withoutUsage(english),
             qPrintable(translated));
  }

  void systemdUnitIsInstalledButNotEnabled() {
    QFile unit(m_root + QStringLiteral("/usr/lib/systemd/system/mdi-node.service"));
    QVERIFY(unit.open(QIODevice::ReadOnly));
    const QByteArray text = unit.readAll();
    QVERIFY(text.contains("ExecStart=/usr/bin/mdi-node"));
    QVERIFY(text.contains("\nDocumentation="));
    // Overrides are drop-ins; a copy in /etc/systemd/system would hide the packaged unit.
    QVERIFY2(!text.contains("cp mdi-node.service"), text.constData());
    // Enabling would need a link under /etc/systemd, which the package does not ship.
    QVERIFY(!QFileInfo::exists(m_root + QStringLiteral("/etc")));
  }

  // The maintainer scripts are debhelper's for a unit that is not enabled: removing the package
  // stops a running node, purging forgets an enabled one, and installing enables nothing. The
  // postinst runs here with its commands replaced by stubs that log their arguments.
  void maintainerScriptsHandleTheUnit() {
    const QString control = m_tmp.filePath(QStringLiteral("control"));
    const Run extract = run(m_dpkgDeb, {QStringLiteral("--control"), m_deb, control});
    QCOMPARE(extract.exitCode, 0);
    for (const char *name : {"postinst", "prerm", "postrm"})
      QVERIFY2(QFileInfo(control + QLatin1Char('/') + QLatin1String(name)).isExecutable(), name);
    const auto read = [&](const char *name) {
      QFile f(control + QLatin1Char('/') + QLatin1String(name));
      return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    QVERIFY(read("prerm").contains(QLatin1String("deb-systemd-invoke stop 'mdi-node.service'")));
    QVERIFY(read("postrm").contains(QLatin1String("deb-systemd-helper purge 'mdi-node.service'")));
    for (const char *name : {"postinst", "prerm", "postrm"})
      QVERIFY2(!read(name).contains(QLatin1String("systemctl enable")) &&
                   !read(name).contains(QLatin1String("systemctl start")),
               name);

    const QString bin = m_tmp.filePath(QStringLiteral("stubs"));
    const QString log = m_tmp.filePath(QStringLiteral("stubs.log"));
    QVERIFY(QDir().mkpath(bin));
    for (const char *stub : {"deb-systemd-helper", "deb-systemd-invoke", "systemctl"}) {
      QFile f(bin + QLatin1Char('/') + QLatin1String(stub));
      QVERIFY(f.open(QIODevice::WriteOnly));
      // was-enabled fails: the unit was never enabled (a fresh install).
      f.write(QStringLiteral("#!/bin/sh\necho \"%1 $*\" >> '%2'\n"
                             "case \"$*\" in *was-enabled*) exit 1;; esac\nexit 0\n")
                  .arg(QLatin1String(stub), log)
                  .toUtf8());
      f.close();
      QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), bin + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    const Run postinst =
        run(QStringLiteral("sh"), {control + QStringLiteral("/postinst"), QStringLiteral("configure")}, env);
    QVERIFY2(postinst.exitCode == 0, qPrintable(postinst.out));
    QFile calls(log);
    QVERIFY(calls.open(QIODevice::ReadOnly));
    const QString logged = QString::fromUtf8(calls.readAll());
    QVERIFY2(logged.contains(QLatin1String("deb-systemd-helper update-state mdi-node.service")), qPrintable(logged));
    QVERIFY2(!logged.contains(QLatin1String("deb-systemd-helper enable")), qPrintable(logged));
  }

  // The unit's sandbox, as `systemd-analyze security` rates it: at most 4.0 ("OK"; the issue that
  // hardened it measured 7.9 "EXPOSED" before).
  void systemdUnitIsSandboxed() {
    const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
    if (analyze.isEmpty())
      QSKIP("systemd-analyze is missing (systemd; scripts/install-deps installs it).");
    const Run r =
        run(analyze, {QStringLiteral("security"), QStringLiteral("--offline=true"), QStringLiteral("--no-pager"),
                      m_root + QStringLiteral("/usr/lib/systemd/system/mdi-node.service")});
    if (r.out.contains(QLatin1String("--offline")) && r.out.contains(QLatin1String("unrecognized")))
      QSKIP("systemd-analyze is older than systemd 250 (no --offline).");
    const QRegularExpressionMatch level =
        QRegularExpression(QStringLiteral("Overall exposure level for mdi-node\\.service: ([0-9.]+)")).match(r.out);
    QVERIFY2(level.hasMatch(), qPrintable(r.out));
    qInfo("systemd-analyze security: %s", qPrintable(level.captured(1)));
    QVERIFY2(level.captured(1).toDouble() <= 4.0, qPrintable(r.out));
  }

  void programsRunFromTheUnpackedTree_data() {
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mdi-run") << QStringLiteral("mdi-run")
                             << QStringLiteral("mdi-run " MDI_VERSION_STRING " (libtorch ");
    QTest::newRow("mdi-node") << QStringLiteral("mdi-node") << QStringLiteral("mdi-node " MDI_VERSION_STRING);
    QTest::newRow("mdi-chat") << QStringLiteral("mdi-chat") << QStringLiteral("MDI Chat " MDI_VERSION_STRING);
  }

  void programsRunFromTheUnpackedTree() {
    QFETCH(QString, program);
    QFETCH(QString, expected);
    const Run r = run(m_root + QStringLiteral("/usr/bin/") + program, {QStringLiteral("--version")},
                      unpackedEnvironment(), 60000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));
    QVERIFY2(r.out.contains(expected), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("\nLicense: MIT ")), qPrintable(r.out));
  }

  void mdiRunListsItsCommands() {
    const QStringList commands = mdiRunCommands();
    QVERIFY2(commands.contains(QStringLiteral("inspect")) && commands.contains(QStringLiteral("download")),
             qPrintable(commands.join(QLatin1Char(' '))));
  }

  // Every option that a program's --help lists is in its man page, and so is every command of
  // mdi-run (taken from its --help, so that a new command needs its section).
  void manPagesCoverEveryOption_data() {
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("args");
    QTest::newRow("mdi-chat") << QStringLiteral("mdi-chat") << QStringList{QStringLiteral("--help")};
    QTest::newRow("mdi-node") << QStringLiteral("mdi-node") << QStringList{QStringLiteral("--help")};
    QTest::newRow("mdi-run") << QStringLiteral("mdi-run") << QStringList{QStringLiteral("--help")};
    QTest::newRow("--discover") << QStringLiteral("mdi-run")
                                << QStringList{QStringLiteral("--discover"), QStringLiteral("--help")};
    for (const QString &command : mdiRunCommands())
      QTest::newRow(qPrintable(command)) << QStringLiteral("mdi-run") << QStringList{command, QStringLiteral("--help")};
  }

  void manPagesCoverEveryOption() {
    QFETCH(QString, program);
    QFETCH(QStringList, args);
    const QString page = manPage(m_root + QStringLiteral("/usr/share/man/man1/%1.1.gz").arg(program));
    QVERIFY2(page.contains(QStringLiteral(".TH %1 1").arg(program.toUpper())), qPrintable(page.left(200)));
    QVERIFY2(page.contains(QStringLiteral("\"MDI Chat " MDI_VERSION_STRING "\"")), qPrintable(page.left(200)));
    if (args.size() == 2 && !args.first().startsWith(QLatin1Char('-'))) {
      QString section = args.first();
      section.replace(QLatin1Char('-'), QStringLiteral("\\-"));
      QVERIFY2(page.contains(QStringLiteral("\n.SS ") + section),
               qPrintable(QStringLiteral("mdi-run.1 has no section for the command ") + args.first()));
    }

    const Run help = run(m_root + QStringLiteral("/usr/bin/") + program, args, unpackedEnvironment(), 60000);
    QVERIFY2(help.out.contains(QLatin1String("Usage:")), qPrintable(help.out));
    const QRegularExpression option(QStringLiteral("(?:^|[ ,])(--[a-z][a-z0-9-]*)"),
                                    QRegularExpression::MultilineOption);
    int count = 0;
    for (auto it = option.globalMatch(help.out); it.hasNext(); ++count) {
      const QString name = it.next().captured(1);
      QString troff = name;
      troff.replace(QLatin1Char('-'), QStringLiteral("\\-"));
      QVERIFY2(page.contains(troff), qPrintable(QStringLiteral("%1.1 does not document %2").arg(program, name)));
    }
    QVERIFY(count >= 2); // at least --help and one option of the program's own
  }
};

QTEST_GUILESS_MAIN(TestDebPackage)
#include "tst_debpackage.moc"
