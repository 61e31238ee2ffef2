#include "store/appsettings.h"

#include "util/peerid.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace mdi {

namespace {

// Trimmed, non-empty, at most kMaxPeerEntries, no duplicates; with valid() when given.
QStringList cleanList(const QStringList &values, bool (*valid)(const QString &)) {
  QStringList clean;
  for (const QString &v : values) {
    const QString t = v.trimmed().left(512);
    if (!t.isEmpty() && (!valid || valid(t)) && !clean.contains(t) && clean.size() < AppSettings::kMaxPeerEntries)
      clean.append(t);
  }
  return clean;
}

} // namespace

AppSettings::AppSettings(QSettings *settings, QObject *parent) : QObject(parent), m_settings(settings) {
  if (!m_settings) {
    m_owned = std::make_unique<QSettings>();
    m_settings = m_owned.get();
  }
  // An existing file is made private at once; a new one is created private before the first
  // write (QSettings replaces the file through QSaveFile, which keeps the permissions of the file
  // it replaces). Reading alone creates no file.
  if (QFileInfo::exists(m_settings->fileName()))
    restrictFile();
}

AppSettings::~AppSettings() = default;

void AppSettings::sync() {
  m_settings->sync();
  if (QFileInfo::exists(m_settings->fileName()))
    restrictFile(); // also when QSettings wrote it first (values set through settings())
}

void AppSettings::restrictFile() {
  m_restricted = true; // once per instance; sync() makes sure again
  // The registry on Windows has no file; everywhere else the settings live in a file.
#ifdef Q_OS_WIN
  if (m_settings->format() == QSettings::NativeFormat)
    return;
#endif
  const QString path = m_settings->fileName();
  if (path.isEmpty() || !QFileInfo(path).isAbsolute())
    return;
  if (!QFileInfo::exists(path)) {
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
      return;
    QFile create(path);
    if (!create.open(QIODevice::WriteOnly | QIODevice::NewOnly))
      return;
  }
  if (!QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
    qWarning("Cannot make %s private to its owner", qPrintable(QDir::toNativeSeparators(path)));
}

QString AppSettings::trimmed(const QString &value) {
  return value.trimmed();
}

QStringList AppSettings::cleanFolders(const QStringList &folders) {
  QStringList clean;
  for (const QString &f : folders) {
    const QString path = QDir::cleanPath(QDir(f.trimmed()).absolutePath());
    if (!f.trimmed().isEmpty() && !clean.contains(path))
      clean.append(path);
  }
  return clean;
}

QString AppSettings::cleanHubUrl(const QString &url) {
  QString text = url.trimmed();
  while (text.endsWith(QLatin1Char('/')))
    text.chop(1);
  const QUrl parsed(text, QUrl::StrictMode);
  if (text.isEmpty() || !parsed.isValid() || parsed.host().isEmpty() ||
      (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http")))
    return QString::fromLatin1(kDefaultHubBaseUrl);
  return text;
}

// The precision names of PrecisionChoice; anything else (an old or hand-edited value) is "auto".
QString AppSettings::cleanDtype(const QString &dtype) {
  const QString d = dtype.trimmed().toLower();
  if (d == QLatin1String("f32") || d == QLatin1String("float32") || d == QLatin1String("fp32"))
    return QStringLiteral("f32");
  if (d == QLatin1String("bf16") || d == QLatin1String("bfloat16"))
    return QStringLiteral("bf16");
  for (const char *name : {"best", "q8", "q4"})
    if (d == QLatin1String(name))
      return d;
  return QStringLiteral("auto");
}

QString AppSettings::cleanSystemPrompt(const QString &prompt) {
  return prompt.left(kMaxSystemPromptLength);
}

// "de", "pt_BR", "zh_Hans"? Only language[_TERRITORY] as Qt's translation files are named.
QString AppSettings::cleanLanguage(const QString &language) {
  static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
  QString l = language.trimmed();
  l.replace(QLatin1Char('-'), QLatin1Char('_'));
  return pattern.match(l).hasMatch() ? l : QString();
}

QString AppSettings::cleanTheme(const QString &theme) {
  const QString t = theme.trimmed().toLower();
  if (t == QLatin1String("light") || t == QLatin1String("dark"))
    return t;
  return QStringLiteral("system");
}

QString AppSettings::cleanPlacement(const QString &placement) {
  return placement.trimmed().toLower() == QLatin1String("local") ? QStringLiteral("local")
                                                                 : QStringLiteral("automatic");
}

QStringList AppSettings::cleanPeerIds(const QStringList &ids) {
  return cleanList(ids, &isValidPeerId);
}

QStringList AppSettings::cleanAddresses(const QStringList &addresses) {
  return cleanList(addresses, nullptr);
}

QString AppSettings::cleanApiKey(const QString &key) {
  return key.trimmed().left(kMaxApiKeyLength);
}

SamplingOverrides AppSettings::samplingOverrides() const {
  SamplingOverrides o;
  if (const double v = value(Temperature); v > 0)
    o.temperature = v;
  if (const int v = value(TopK); v > 0)
    o.topK = v;
  if (const double v = value(TopP); v > 0)
    o.topP = v;
  if (const double v = value(MinP); v > 0)
    o.minP = v;
  if (const double v = value(RepetitionPenalty); v > 0)
    o.repetitionPenalty = v;
  if (const int v = value(MaxNewTokens); v > 0)
    o.maxNewTokens = v;
  return o;
}

} // namespace mdi
