#pragma once

#include "model/samplingoverrides.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

namespace mdi {

// The application's settings as typed values over QSettings (in the manner of qBittorrent's
// SettingsStorage). Every value is checked when read, so a hand-edited or damaged settings file
// yields defaults or clamped values, never nonsense; setters clamp and normalise the same way.
//
// Sampling defaults: 0 means "Model default" for temperature, top-k, top-p, min-p, repetition
// penalty and max new tokens (all default to 0); a value above 0 is set. samplingOverrides() hands
// them to SamplingParams::merged(), whose rule decides: a set temperature, top-k, top-p or min-p
// replaces the model's whole sampling group (what is left at 0 then takes 1 / off, not the model's
// value), so a temperature set here really samples. Consequences of 0 being "unset": greedy
// decoding is top-k 1 (not temperature 0), and top-k "off" is a top-k at least the vocabulary
// size. Ranges: temperature 0..5, top-k 0..1000000, top-p 0..1, min-p 0..1, repetition penalty
// 0..10, max new tokens 0..32768.
class AppSettings {
public:
  static constexpr double kMaxTemperature = 5.0;
  static constexpr int kMaxTopK = 1000000;
  static constexpr double kMaxRepetitionPenalty = 10.0;
  static constexpr int kMaxNewTokens = 32768;
  static constexpr int kMaxThreads = 1024;
  static constexpr qint64 kDefaultMaxImagePixels = 1280LL * 28 * 28;
  static constexpr qint64 kMinImagePixels = 4LL * 28 * 28;     // 3136, the model's min_pixels
  static constexpr qint64 kMaxImagePixels = 16384LL * 28 * 28; // 12845056, the model's max_pixels
  static constexpr int kMaxSystemPromptLength = 100000;

  // Uses `settings` (not owned) or, when null, a QSettings() of the application.
  explicit AppSettings(QSettings *settings = nullptr);
  ~AppSettings();
  AppSettings(const AppSettings &) = delete;
  AppSettings &operator=(const AppSettings &) = delete;

  QSettings *settings() const { return m_settings; }
  void sync();

  QString modelDirectory() const; // "" = none chosen
  void setModelDirectory(const QString &directory);
  // Model folders the user added to the model manager (absolute paths, no duplicates).
  QStringList modelFolders() const;
  void setModelFolders(const QStringList &folders);
  // Where models are downloaded from: the Hugging Face hub or a mirror of it (no trailing '/').
  static constexpr const char *kDefaultHubBaseUrl = "https://huggingface.co";
  QString hubBaseUrl() const; // http(s) URL; default kDefaultHubBaseUrl
  void setHubBaseUrl(const QString &url);
  // "auto" (default) | "best" | "q8" | "q4" | "bf16" | "f32" (PrecisionChoice's names).
  QString computeDtype() const;
  void setComputeDtype(const QString &dtype);
  int threads() const; // 0 = automatic
  void setThreads(int threads);

  double temperature() const;
  void setTemperature(double value);
  int topK() const;
  void setTopK(int value);
  double topP() const;
  void setTopP(double value);
  double minP() const;
  void setMinP(double value);
  double repetitionPenalty() const;
  void setRepetitionPenalty(double value);
  int maxNewTokens() const;
  void setMaxNewTokens(int value);
  // Every value above 0, as overrides for SamplingParams::merged().
  SamplingOverrides samplingOverrides() const;

  QString systemPrompt() const;
  void setSystemPrompt(const QString &prompt);
  qint64 maxImagePixels() const; // default 1280*28*28, within kMinImagePixels..kMaxImagePixels
  void setMaxImagePixels(qint64 pixels);
  QString language() const; // "" = system; else a locale name such as "de" or "pt_BR"
  void setLanguage(const QString &language);
  QString theme() const; // "system" (default) | "light" | "dark"
  void setTheme(const QString &theme);
  // Peers (the Peers panel): where the layers go, "automatic" (default: the planner over this
  // computer and the peers in use) or "local" (this computer only); the paired nodes to use (node
  // ids); the nodes typed in by hand ("host:port", kept until removed).
  static constexpr int kMaxPeerEntries = 256;
  QString peerPlacement() const; // "automatic" | "local"
  void setPeerPlacement(const QString &placement);
  QStringList usedPeers() const; // valid node ids, no duplicates
  void setUsedPeers(const QStringList &nodeIds);
  QStringList peerAddresses() const; // trimmed, non-empty, no duplicates
  void setPeerAddresses(const QStringList &addresses);
  QByteArray windowGeometry() const;
  void setWindowGeometry(const QByteArray &geometry);
  QByteArray windowState() const;
  void setWindowState(const QByteArray &state);
  // The local API (docs/API.md): off by default; on loopback only, at this port, with this key
  // ("" = none; trimmed, at most kMaxApiKeyLength characters).
  static constexpr quint16 kDefaultLocalApiPort = 8080;
  static constexpr int kMaxApiKeyLength = 256;
  bool localApiEnabled() const;
  void setLocalApiEnabled(bool enabled);
  quint16 localApiPort() const; // 1..65535, default 8080
  void setLocalApiPort(int port);
  QString localApiKey() const;
  void setLocalApiKey(const QString &key);

private:
  double number(const char *key, double min, double max, double fallback) const;
  qint64 integer(const char *key, qint64 min, qint64 max, qint64 fallback) const;

  std::unique_ptr<QSettings> m_owned;
  QSettings *m_settings = nullptr;
};

} // namespace mdi
