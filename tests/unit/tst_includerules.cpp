// The include rules of docs/ARCHITECTURE.md, checked over the source tree so the map cannot drift:
// - core/ never includes QtWidgets (any header of the QtWidgets module);
// - the folders of core/ depend on each other only as the table below allows (an acyclic map:
//   net is transport only and knows neither engine nor remote; the engine knows no network);
// - core/kernels includes neither Qt nor libtorch (it is also built with a cross compiler);
// - ui/ includes nothing of core/net, core/remote or core/kernels, and of core/model only the
//   torch-free data headers listed below; app/ and ui/ never reach an ATen header, not even
//   through other headers;
// - a translation unit of core/ that is not listed in MDICORE_TORCH_SOURCES (core/CMakeLists.txt)
//   reaches no ATen, c10 or torch header, directly or through other headers.
// checkerFindsViolations() runs the same checks on a small made-up tree with one violation of
// each kind, so a checker that silently stopped finding anything would fail.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct SourceFile {
  QString path;                    // relative to the tree, "core/engine/pipeline.cpp"
  QStringList projectIncludes;     // "engine/plan.h", "peerspanel.h" as written
  QStringList systemIncludes;      // "ATen/ATen.h", "QWidget"
  QList<QString> resolvedIncludes; // relative paths of the project files they name
};

// Which folders of core/ each folder may include. A folder missing here is a violation too, so a
// new module has to be placed on the map.
const QHash<QString, QSet<QString>> &allowedCoreDependencies() {
  static const QHash<QString, QSet<QString>> table{
      {QStringLiteral("util"), {}},
      {QStringLiteral("kernels"), {}},
      {QStringLiteral("model"), {QStringLiteral("util"), QStringLiteral("kernels")}},
      {QStringLiteral("engine"), {QStringLiteral("model"), QStringLiteral("util"), QStringLiteral("kernels")}},
      {QStringLiteral("net"), {QStringLiteral("util")}},
      {QStringLiteral("remote"),
       {QStringLiteral("engine"), QStringLiteral("model"), QStringLiteral("net"), QStringLiteral("util")}},
      // Stored messages keep the engine's GenerationStats (plain data); the model registry reads
      // config.json of the models it lists.
      {QStringLiteral("store"), {QStringLiteral("util"), QStringLiteral("model"), QStringLiteral("engine")}},
      {QStringLiteral("api"),
       {QStringLiteral("engine"), QStringLiteral("model"), QStringLiteral("store"), QStringLiteral("util")}},
      // The chat's logic without widgets (ChatController: history, engine, settings).
      {QStringLiteral("chat"),
       {QStringLiteral("engine"), QStringLiteral("model"), QStringLiteral("store"), QStringLiteral("util")}},
      // Tests' and benchmarks' single-process model (library mdi_reference, not in mdicore).
      {QStringLiteral("reference"), {QStringLiteral("engine"), QStringLiteral("model"), QStringLiteral("util")}},
      {QStringLiteral("peers"),
       {QStringLiteral("engine"), QStringLiteral("model"), QStringLiteral("net"), QStringLiteral("store"),
        QStringLiteral("util")}},
  };
  return table;
}

// The core/model headers the UI may include: plain data, no tensors.
const QSet<QString> &uiModelHeaders() {
  static const QSet<QString> headers{QStringLiteral("model/samplingparams.h"), QStringLiteral("model/modelconfig.h"),
                                     QStringLiteral("model/chatmessage.h"), QStringLiteral("model/imagegrid.h")};
  return headers;
}

bool isTorchHeader(const QString &include) {
  return include.startsWith(QLatin1String("ATen/")) || include.startsWith(QLatin1String("torch/")) ||
         include.startsWith(QLatin1String("c10/"));
}

class IncludeChecker {
public:
  IncludeChecker(const QString &root, const QSet<QString> &widgetHeaders) :
      m_root(QDir(root).absolutePath()), m_widgetHeaders(widgetHeaders) {}

  // Every problem found, one line each, naming the file and the include.
  QStringList check() {
    read();
    QStringList problems;
    checkCore(problems);
    checkUi(problems);
    checkTorch(problems);
    return problems;
  }

private:
  void read() {
    static const QRegularExpression includeLine(QStringLiteral("^\\s*#\\s*include\\s*([<\"])([^>\"]+)[>\"]"),
                                                QRegularExpression::MultilineOption);
    for (const QString &top : {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")}) {
      QDirIterator it(m_root + QLatin1Char('/') + top, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                      QDirIterator::Subdirectories);
      while (it.hasNext()) {
        const QString absolute = it.next();
        QFile file(absolute);
        if (!file.open(QIODevice::ReadOnly))
          continue;
        SourceFile source;
        source.path = QDir(m_root).relativeFilePath(absolute);
        const QString text = QString::fromUtf8(file.readAll());
        for (auto match = includeLine.globalMatch(text); match.hasNext();) {
          const auto m = match.next();
          (m.captured(1) == QLatin1String("\"") ? source.projectIncludes : source.systemIncludes).append(m.captured(2));
        }
        m_files.insert(source.path, source);
      }
    }
    for (SourceFile &source : m_files)
      for (const QString &include : std::as_const(source.projectIncludes))
        if (const QString resolved = resolve(source.path, include); !resolved.isEmpty())
          source.resolvedIncludes.append(resolved);
    m_torchSources = torchSources();
  }

  // "engine/plan.h" from anywhere is core/engine/plan.h; "peerspanel.h" is next to the includer.
  QString resolve(const QString &from, const QString &include) const {
    const QString sibling = QDir::cleanPath(QFileInfo(from).path() + QLatin1Char('/') + include);
    if (m_files.contains(sibling))
      return sibling;
    for (const QString &base : {QStringLiteral("core/"), QStringLiteral("ui/"), QStringLiteral("app/")})
      if (m_files.contains(base + include))
        return base + include;
    return {};
  }

  QSet<QString> torchSources() const {
    QFile cmake(m_root + QStringLiteral("/core/CMakeLists.txt"));
    QSet<QString> out;
    if (!cmake.open(QIODevice::ReadOnly))
      return out;
    const QString text = QString::fromUtf8(cmake.readAll());
    const qsizetype start = text.indexOf(QLatin1String("set(MDICORE_TORCH_SOURCES"));
    const qsizetype end = text.indexOf(QLatin1Char(')'), start);
    if (start < 0 || end < 0)
      return out;
    const QString list = text.mid(start, end - start);
    for (const QString &word : list.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
      if (word.endsWith(QLatin1String(".cpp")))
        out.insert(QStringLiteral("core/") + word);
    return out;
  }

  static QString coreFolder(const QString &path) { return path.section(QLatin1Char('/'), 1, 1); }

  bool isWidgetsInclude(const QString &include) const {
    return include.startsWith(QLatin1String("QtWidgets")) || m_widgetHeaders.contains(include);
  }

  void checkCore(QStringList &problems) const {
    const auto &table = allowedCoreDependencies();
    for (const SourceFile &f : m_files) {
      if (!f.path.startsWith(QLatin1String("core/")))
        continue;
      const QString folder = coreFolder(f.path);
      if (f.path.count(QLatin1Char('/')) < 2)
        continue; // directly in core/: none today
      if (!table.contains(folder)) {
        problems.append(QStringLiteral("%1: core/%2/ is not on the dependency map").arg(f.path, folder));
        continue;
      }
      for (const QString &include : f.systemIncludes) {
        if (isWidgetsInclude(include))
          problems.append(QStringLiteral("%1: includes <%2> (QtWidgets in core)").arg(f.path, include));
        if (folder == QLatin1String("kernels") && (include.startsWith(QLatin1Char('Q')) || isTorchHeader(include)))
          problems.append(QStringLiteral("%1: includes <%2> (kernels are plain C++)").arg(f.path, include));
      }
      for (const QString &target : f.resolvedIncludes) {
        if (!target.startsWith(QLatin1String("core/"))) {
          problems.append(QStringLiteral("%1: includes %2 (outside core)").arg(f.path, target));
          continue;
        }
        const QString to = coreFolder(target);
        if (to != folder && !table.value(folder).contains(to))
          problems.append(QStringLiteral("%1: includes %2 (%3 may not depend on %4)").arg(f.path, target, folder, to));
      }
    }
  }

  void checkUi(QStringList &problems) const {
    for (const SourceFile &f : m_files) {
      if (!f.path.startsWith(QLatin1String("ui/")))
        continue;
      for (const QString &target : f.resolvedIncludes) {
        if (!target.startsWith(QLatin1String("core/")))
          continue;
        const QString folder = coreFolder(target);
        const QString inCore = target.mid(5);
        if (folder == QLatin1String("net") || folder == QLatin1String("remote") || folder == QLatin1String("kernels") ||
            (folder == QLatin1String("model") && !uiModelHeaders().contains(inCore)))
          problems.append(QStringLiteral("%1: includes %2 (the UI talks to the engine's facade, the stores and "
                                         "the roster, not to core/%3)")
                              .arg(f.path, target, folder));
      }
    }
    // Nothing in ui/ or app/ reaches ATen, even through another header.
    for (const SourceFile &f : m_files) {
      if (!f.path.startsWith(QLatin1String("ui/")) && !f.path.startsWith(QLatin1String("app/")))
        continue;
      if (const QString chain = torchChain(f.path); !chain.isEmpty())
        problems.append(QStringLiteral("%1 reaches libtorch: %2").arg(f.path, chain));
    }
  }

  void checkTorch(QStringList &problems) const {
    // A translation unit of core/ that is not a torch source reaches no ATen header, directly or
    // through the headers it includes (so a header that includes ATen is only for torch sources).
    for (const SourceFile &f : m_files) {
      if (!f.path.startsWith(QLatin1String("core/")) || !f.path.endsWith(QLatin1String(".cpp")) ||
          m_torchSources.contains(f.path))
        continue;
      if (const QString chain = torchChain(f.path); !chain.isEmpty())
        problems.append(
            QStringLiteral("%1 is not in MDICORE_TORCH_SOURCES but reaches libtorch: %2").arg(f.path, chain));
    }
  }

  // "a.h -> b.h -> <ATen/ATen.h>" when path reaches a torch header through project includes.
  QString torchChain(const QString &path) const {
    QHash<QString, QString> from; // visited -> the file that included it
    QList<QString> queue{path};
    from.insert(path, QString());
    while (!queue.isEmpty()) {
      const QString current = queue.takeFirst();
      const SourceFile &f = m_files[current];
      for (const QString &include : f.systemIncludes)
        if (isTorchHeader(include)) {
          QStringList chain{QStringLiteral("<%1>").arg(include)};
          for (QString at = current; !at.isEmpty(); at = from.value(at))
            chain.prepend(at);
          return chain.join(QStringLiteral(" -> "));
        }
      for (const QString &next : f.resolvedIncludes)
        if (!from.contains(next)) {
          from.insert(next, current);
          queue.append(next);
        }
    }
    return {};
  }

  QString m_root;
  QSet<QString> m_widgetHeaders;
  QHash<QString, SourceFile> m_files;
  QSet<QString> m_torchSources;
};

// The header names of the QtWidgets module ("QWidget", "qwidget.h"), from its include folder.
QSet<QString> widgetHeaders() {
  QSet<QString> out;
  for (const QString &dir : QStringLiteral(MDI_QTWIDGETS_INCLUDE_DIRS).split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
    if (!dir.endsWith(QLatin1String("QtWidgets")))
      continue;
    for (const QString &name : QDir(dir).entryList(QDir::Files))
      out.insert(name);
  }
  return out;
}

bool writeFile(const QString &path, const QByteArray &text) {
  QDir().mkpath(QFileInfo(path).path());
  QFile file(path);
  return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

} // namespace

class TestIncludeRules : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void initTestCase() {
    m_widgets = widgetHeaders();
    QVERIFY2(m_widgets.contains(QStringLiteral("QWidget")), "the QtWidgets headers were not found");
  }

  void sourceTreeFollowsTheRules() {
    IncludeChecker checker(QStringLiteral(MDI_SOURCE_DIR), m_widgets);
    const QStringList problems = checker.check();
    for (const QString &p : problems)
      qWarning("%s", qPrintable(p));
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 include rule violation(s); see docs/ARCHITECTURE.md").arg(problems.size())));
  }

  // A made-up tree with one violation of each rule: each is reported.
  void checkerFindsViolations() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString r = dir.path();
    QVERIFY(writeFile(r + "/core/CMakeLists.txt", "set(MDICORE_TORCH_SOURCES\n  model/tensorthing.cpp\n)\n"));
    QVERIFY(writeFile(r + "/core/model/tensorthing.h", "#include <ATen/ATen.h>\n"));
    QVERIFY(writeFile(r + "/core/model/tensorthing.cpp", "#include \"model/tensorthing.h\"\n"));
    QVERIFY(writeFile(r + "/core/engine/plain.h", "#include \"model/tensorthing.h\"\n")); // torch header
    QVERIFY(writeFile(r + "/core/engine/plain.cpp", "#include \"engine/plain.h\"\n"));    // ATen via a header
    QVERIFY(writeFile(r + "/core/engine/widgety.cpp", "#include <QWidget>\n"));           // widgets
    QVERIFY(writeFile(r + "/core/net/loop.cpp", "#include \"engine/plain.h\"\n"));        // net -> engine
    QVERIFY(writeFile(r + "/core/kernels/k.cpp", "#include <QString>\n"));                // Qt in kernels
    QVERIFY(writeFile(r + "/core/newthing/x.cpp", "#include \"util/y.h\"\n"));            // not on the map
    QVERIFY(writeFile(r + "/core/util/y.h", "\n"));
    QVERIFY(writeFile(r + "/core/engine/stray.cpp", "#include <ATen/ATen.h>\n"));                      // not listed
    QVERIFY(writeFile(r + "/ui/panel.cpp", "#include \"net/loop.h\"\n#include \"engine/plain.h\"\n")); // ui rules
    QVERIFY(writeFile(r + "/core/net/loop.h", "\n"));
    IncludeChecker checker(r, m_widgets);
    const QString found = checker.check().join(QLatin1Char('\n'));
    qInfo("%s", qPrintable(found));
    const QStringList expected{
        QStringLiteral(
            "core/engine/plain.cpp is not in MDICORE_TORCH_SOURCES but reaches libtorch: core/engine/plain.cpp "
            "-> core/engine/plain.h -> core/model/tensorthing.h -> <ATen/ATen.h>"),
        QStringLiteral("core/engine/widgety.cpp: includes <QWidget>"),
        QStringLiteral("core/net/loop.cpp: includes core/engine/plain.h (net may not depend on engine)"),
        QStringLiteral("core/kernels/k.cpp: includes <QString>"),
        QStringLiteral("core/newthing/x.cpp: core/newthing/ is not on the dependency map"),
        QStringLiteral("core/engine/stray.cpp is not in MDICORE_TORCH_SOURCES but reaches libtorch: "
                       "core/engine/stray.cpp -> <ATen/ATen.h>"),
        QStringLiteral("ui/panel.cpp: includes core/net/loop.h"),
        QStringLiteral("ui/panel.cpp reaches libtorch: ui/panel.cpp -> core/engine/plain.h -> "
                       "core/model/tensorthing.h -> <ATen/ATen.h>"),
    };
    for (const QString &e : expected)
      QVERIFY2(found.contains(e), qPrintable(QStringLiteral("not reported: ") + e));
    // And the tree without those files is clean.
    QDir(r + "/core/newthing").removeRecursively();
    for (const char *f : {"/core/engine/plain.cpp", "/core/engine/widgety.cpp", "/core/net/loop.cpp",
                          "/core/kernels/k.cpp", "/core/engine/stray.cpp", "/ui/panel.cpp"})
      QVERIFY(QFile::remove(r + QLatin1String(f)));
    IncludeChecker clean(r, m_widgets);
    const QStringList left = clean.check();
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
  }

private:
  QSet<QString> m_widgets;
};

QTEST_GUILESS_MAIN(TestIncludeRules)
#include "tst_includerules.moc"
