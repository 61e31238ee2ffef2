#include "store/appsettings.h"

#include "util/peerid.h"

#include <QDir>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace mdi {

namespace {

const char *const kModelDirectory = "model/directory";
const char *const kModelFolders = "model/folders";
const char *const kHubBaseUrl = "model/hubBaseUrl";
const char *const kComputeDtype = "compute/dtype";
const char *const kThreads = "compute/threads";
const char *const kTemperature = "sampling/temperature";
const char *const kTopK = "sampling/topK";
const char *const kTopP = "sampling/topP";
const char *const kMinP = "sampling/minP";
const char *const kRepetitionPenalty = "sampling/repetitionPenalty";
const char *const kMaxNewTokensKey = "sampling/maxNewTokens";
const char *const kSystemPrompt = "chat/systemPrompt";
const char *const kMaxImagePixelsKey = "images/maxPixels";
const char *const kLanguage = "ui/language";
const char *const kTheme = "ui/theme";
const char *const kPeerPlacement = "peers/placement";
const char *const kUsedPeers = "peers/use";
const char *const kPeerAddresses = "peers/addresses";
const char *const kWindowGeometry = "ui/windowGeometry";
const char *const kWindowState = "ui/windowState";
const char *const kLocalApiEnabled = "api/enabled";
const char *const kLocalApiPort = "api/port";
const char *const kLocalApiKey = "api/key";

QString key(const char *name) {
  return QString::fromLatin1(name);
}

// The precision names of PrecisionChoice; anything else (an old or hand-edited value) is "auto".
QString normalizedDtype(const QString &dtype) {
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

QString normalizedTheme(const QString &theme) {
  const QString t = theme.trimmed().toLower();
  if (t == QLatin1String("light") || t == QLatin1String("dark"))
    return t;
  return QStringLiteral("system");
}

// "de", "pt_BR", "zh_Hans"? Only language[_TERRITORY] as Qt's translation files are named.
QString normalizedLanguage(const QString &language) {
  static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
  QString l = language.trimmed();
  l.replace(QLatin1Char('-'), QLatin1Char('_'));
  return pattern.match(l).hasMatch() ? l : QString();
}

QString normalizedPlacement(const QString &placement) {
  return placement.trimmed().toLower() == QLatin1String("local") ? QStringLiteral("local")
                                                                 : QStringLiteral("automatic");
}

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

double clampNumber(double value, double min, double max, double fallback) {
  if (!std::isfinite(value))
    return fallback;
  return std::clamp(value, min, max);
}

} // namespace

AppSettings::AppSettings(QSettings *settings) : m_settings(settings) {
  if (!m_settings) {
    m_owned = std::make_unique<QSettings>();
    m_settings = m_owned.get();
  }
}

AppSettings::~AppSettings() = default;

void AppSettings::sync() {
  m_settings->sync();
}

double AppSettings::number(const char *name, double min, double max, double fallback) const {
  const QVariant v = m_settings->value(key(name));
  if (!v.isValid())
    return fallback;
  bool ok = false;
  const double d = v.toDouble(&ok);
  return ok ? clampNumber(d, min, max, fallback) : fallback;
}

qint64 AppSettings::integer(const char *name, qint64 min, qint64 max, qint64 fallback) const {
  const QVariant v = m_settings->value(key(name));
  if (!v.isValid())
    return fallback;
  bool ok = false;
  const qint64 i = v.toLongLong(&ok);
  if (ok)
    return std::clamp(i, min, max);
  // "12.0" or "1e6" in a hand-edited file.
  const double d = v.toDouble(&ok);
  return ok && std::isfinite(d) ? qint64(std::clamp(d, double(min), double(max))) : fallback;
}

QString AppSettings::modelDirectory() const {
  return m_settings->value(key(kModelDirectory)).toString();
}
void AppSettings::setModelDirectory(const QString &directory) {
  m_settings->setValue(key(kModelDirectory), directory.trimmed());
}

QStringList AppSettings::modelFolders() const {
  QStringList folders;
  for (const QString &f : m_settings->value(key(kModelFolders)).toStringList()) {
    const QString clean = QDir::cleanPath(f.trimmed());
    if (!f.trimmed().isEmpty() && QDir::isAbsolutePath(clean) && !folders.contains(clean))
      folders.append(clean);
  }
  return folders;
}

void AppSettings::setModelFolders(const QStringList &folders) {
  QStringList clean;
  for (const QString &f : folders) {
    const QString c = QDir::cleanPath(QDir(f.trimmed()).absolutePath());
    if (!f.trimmed().isEmpty() && !clean.contains(c))
      clean.append(c);
  }
  if (clean.isEmpty())
    m_settings->remove(key(kModelFolders));
  else
    m_settings->setValue(key(kModelFolders), clean);
}

QString AppSettings::hubBaseUrl() const {
  QString text = m_settings->value(key(kHubBaseUrl)).toString().trimmed();
  while (text.endsWith(QLatin1Char('/')))
    text.chop(1);
  const QUrl url(text, QUrl::StrictMode);
  if (text.isEmpty() || !url.isValid() || url.host().isEmpty() ||
      (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
    return QString::fromLatin1(kDefaultHubBaseUrl);
  return text;
}

void AppSettings::setHubBaseUrl(const QString &url) {
  QString text = url.trimmed();
  while (text.endsWith(QLatin1Char('/')))
    text.chop(1);
  if (text.isEmpty() || text == QLatin1String(kDefaultHubBaseUrl))
    m_settings->remove(key(kHubBaseUrl));
  else
    m_settings->setValue(key(kHubBaseUrl), text);
}

QString AppSettings::computeDtype() const {
  return normalizedDtype(m_settings->value(key(kComputeDtype)).toString());
}
void AppSettings::setComputeDtype(const QString &dtype) {
  m_settings->setValue(key(kComputeDtype), normalizedDtype(dtype));
}

int AppSettings::threads() const {
  return int(integer(kThreads, 0, kMaxThreads, 0));
}
void AppSettings::setThreads(int threads) {
  m_settings->setValue(key(kThreads), std::clamp(threads, 0, kMaxThreads));
}

double AppSettings::temperature() const {
  return number(kTemperature, 0, kMaxTemperature, 0);
}
void AppSettings::setTemperature(double value) {
  m_settings->setValue(key(kTemperature), clampNumber(value, 0, kMaxTemperature, 0));
}

int AppSettings::topK() const {
  return int(integer(kTopK, 0, kMaxTopK, 0));
}
void AppSettings::setTopK(int value) {
  m_settings->setValue(key(kTopK), std::clamp(value, 0, kMaxTopK));
}

double AppSettings::topP() const {
  return number(kTopP, 0, 1, 0);
}
void AppSettings::setTopP(double value) {
  m_settings->setValue(key(kTopP), clampNumber(value, 0, 1, 0));
}

double AppSettings::minP() const {
  return number(kMinP, 0, 1, 0);
}
void AppSettings::setMinP(double value) {
  m_settings->setValue(key(kMinP), clampNumber(value, 0, 1, 0));
}

double AppSettings::repetitionPenalty() const {
  return number(kRepetitionPenalty, 0, kMaxRepetitionPenalty, 0);
}
void AppSettings::setRepetitionPenalty(double value) {
  m_settings->setValue(key(kRepetitionPenalty), clampNumber(value, 0, kMaxRepetitionPenalty, 0));
}

int AppSettings::maxNewTokens() const {
  return int(integer(kMaxNewTokensKey, 0, kMaxNewTokens, 0));
}
void AppSettings::setMaxNewTokens(int value) {
  m_settings->setValue(key(kMaxNewTokensKey), std::clamp(value, 0, kMaxNewTokens));
}

SamplingOverrides AppSettings::samplingOverrides() const {
  SamplingOverrides o;
  if (const double v = temperature(); v > 0)
    o.temperature = v;
  if (const int v = topK(); v > 0)
    o.topK = v;
  if (const double v = topP(); v > 0)
    o.topP = v;
  if (const double v = minP(); v > 0)
    o.minP = v;
  if (const double v = repetitionPenalty(); v > 0)
    o.repetitionPenalty = v;
  if (const int v = maxNewTokens(); v > 0)
    o.maxNewTokens = v;
  return o;
}

QString AppSettings::systemPrompt() const {
  return m_settings->value(key(kSystemPrompt)).toString().left(kMaxSystemPromptLength);
}
void AppSettings::setSystemPrompt(const QString &prompt) {
  m_settings->setValue(key(kSystemPrompt), prompt.left(kMaxSystemPromptLength));
}

qint64 AppSettings::maxImagePixels() const {
  return integer(kMaxImagePixelsKey, kMinImagePixels, kMaxImagePixels, kDefaultMaxImagePixels);
}
void AppSettings::setMaxImagePixels(qint64 pixels) {
  m_settings->setValue(key(kMaxImagePixelsKey), std::clamp(pixels, kMinImagePixels, kMaxImagePixels));
}

QString AppSettings::language() const {
  return normalizedLanguage(m_settings->value(key(kLanguage)).toString());
}
void AppSettings::setLanguage(const QString &language) {
  m_settings->setValue(key(kLanguage), normalizedLanguage(language));
}

QString AppSettings::theme() const {
  return normalizedTheme(m_settings->value(key(kTheme)).toString());
}
void AppSettings::setTheme(const QString &theme) {
  m_settings->setValue(key(kTheme), normalizedTheme(theme));
}

QString AppSettings::peerPlacement() const {
  return normalizedPlacement(m_settings->value(key(kPeerPlacement)).toString());
}
void AppSettings::setPeerPlacement(const QString &placement) {
  m_settings->setValue(key(kPeerPlacement), normalizedPlacement(placement));
}

QStringList AppSettings::usedPeers() const {
  return cleanList(m_settings->value(key(kUsedPeers)).toStringList(), &isValidPeerId);
}
void AppSettings::setUsedPeers(const QStringList &nodeIds) {
  const QStringList clean = cleanList(nodeIds, &isValidPeerId);
  if (clean.isEmpty())
    m_settings->remove(key(kUsedPeers));
  else
    m_settings->setValue(key(kUsedPeers), clean);
}

QStringList AppSettings::peerAddresses() const {
  return cleanList(m_settings->value(key(kPeerAddresses)).toStringList(), nullptr);
}
void AppSettings::setPeerAddresses(const QStringList &addresses) {
  const QStringList clean = cleanList(addresses, nullptr);
  if (clean.isEmpty())
    m_settings->remove(key(kPeerAddresses));
  else
    m_settings->setValue(key(kPeerAddresses), clean);
}

QByteArray AppSettings::windowGeometry() const {
  return m_settings->value(key(kWindowGeometry)).toByteArray();
}
void AppSettings::setWindowGeometry(const QByteArray &geometry) {
  m_settings->setValue(key(kWindowGeometry), geometry);
}

QByteArray AppSettings::windowState() const {
  return m_settings->value(key(kWindowState)).toByteArray();
}
void AppSettings::setWindowState(const QByteArray &state) {
  m_settings->setValue(key(kWindowState), state);
}

bool AppSettings::localApiEnabled() const {
  return m_settings->value(key(kLocalApiEnabled), false).toBool();
}
void AppSettings::setLocalApiEnabled(bool enabled) {
  m_settings->setValue(key(kLocalApiEnabled), enabled);
}

quint16 AppSettings::localApiPort() const {
  return quint16(integer(kLocalApiPort, 1, 65535, kDefaultLocalApiPort));
}
void AppSettings::setLocalApiPort(int port) {
  m_settings->setValue(key(kLocalApiPort), std::clamp(port, 1, 65535));
}

QString AppSettings::localApiKey() const {
  // Never dropped for being odd: a damaged key locks clients out rather than opening the API.
  return m_settings->value(key(kLocalApiKey)).toString().trimmed().left(kMaxApiKeyLength);
}
void AppSettings::setLocalApiKey(const QString &apiKey) {
  m_settings->setValue(key(kLocalApiKey), apiKey.trimmed().left(kMaxApiKeyLength));
}

} // namespace mdi
