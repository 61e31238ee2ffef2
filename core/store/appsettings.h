#pragma once

#include "model/samplingoverrides.h"
#include "store/settingkey.h"

#include <QObject>
#include <QSettings>

#include <memory>
#include <type_traits>
#include <utility>

namespace mdi {

// The application's settings as typed keys over QSettings (in the manner of qBittorrent's
// SettingsStorage). Each setting is one SettingKey line below: its path, default and clean
// function; value() and setValue() read and write any of them, and changed() names the one that
// changed (onChanged() connects to one key), so a reader reacts to what changed instead of
// comparing values by hand. Every value is checked when read, so a hand-edited or damaged file
// yields defaults or clamped values; setValue() cleans the same way and removes the key when the
// value is its default. The settings file holds paired nodes and the API key, so it is kept
// readable by its owner only (0600): created so before the first write, and made so again after
// every sync().
// (An OS keychain, e.g. QtKeychain, for the API key is future work.)
//
// Sampling defaults: 0 means "Model default" for temperature, top-k, top-p, min-p, repetition
// penalty and max new tokens (all default to 0); a value above 0 is set. samplingOverrides() hands
// them to SamplingParams::merged(), whose rule decides: a set temperature, top-k, top-p or min-p
// replaces the model's whole sampling group (what is left at 0 then takes 1 / off, not the model's
// value), so a temperature set here really samples. Consequences of 0 being "unset": greedy
// decoding is top-k 1 (not temperature 0), and top-k "off" is a top-k at least the vocabulary
// size.
class AppSettings : public QObject {
  Q_OBJECT
  // The clean functions of the keys below (declared first: a static member's initializer sees only
  // what is declared before it).
  static QString trimmed(const QString &value);
  static QStringList cleanFolders(const QStringList &folders);
  static QString cleanHubUrl(const QString &url);
  static QString cleanDtype(const QString &dtype);
  static QString cleanSystemPrompt(const QString &prompt);
  static QString cleanLanguage(const QString &language);
  static QString cleanTheme(const QString &theme);
  static QString cleanPlacement(const QString &placement);
  static QStringList cleanPeerIds(const QStringList &ids);
  static QStringList cleanAddresses(const QStringList &addresses);
  static QString cleanApiKey(const QString &key);

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
  static constexpr int kMaxPeerEntries = 256;
  static constexpr const char *kDefaultHubBaseUrl = "https://huggingface.co";
  static constexpr int kDefaultLocalApiPort = 8080;
  static constexpr int kMaxApiKeyLength = 256;

  // The settings. "" = none chosen, 0 = automatic / model default where the comment says so.
  inline static const SettingKey<QString> ModelDirectory{"model/directory", QString(), &trimmed};
  // Model folders the user added to the model manager (absolute, clean paths, no duplicates).
  inline static const SettingKey<QStringList> ModelFolders{"model/folders", QStringList(), &cleanFolders};
  // Where models are downloaded from: the Hugging Face hub or a mirror of it (http(s), no trailing '/').
  inline static const SettingKey<QString> HubBaseUrl{"model/hubBaseUrl", QString::fromLatin1(kDefaultHubBaseUrl),
                                                     &cleanHubUrl};
  // "auto" (default) | "best" | "q8" | "q4" | "bf16" | "f32" (PrecisionChoice's names).
  inline static const SettingKey<QString> ComputeDtype{"compute/dtype", QStringLiteral("auto"), &cleanDtype};
  inline static const SettingKey<int> Threads{"compute/threads", 0, &clampedSetting<0, kMaxThreads>};
  inline static const SettingKey<double> Temperature{"sampling/temperature", 0.0,
                                                     &clampedSetting<0.0, kMaxTemperature>};
  inline static const SettingKey<int> TopK{"sampling/topK", 0, &clampedSetting<0, kMaxTopK>};
  inline static const SettingKey<double> TopP{"sampling/topP", 0.0, &clampedSetting<0.0, 1.0>};
  inline static const SettingKey<double> MinP{"sampling/minP", 0.0, &clampedSetting<0.0, 1.0>};
  inline static const SettingKey<double> RepetitionPenalty{"sampling/repetitionPenalty", 0.0,
                                                           &clampedSetting<0.0, kMaxRepetitionPenalty>};
  inline static const SettingKey<int> MaxNewTokens{"sampling/maxNewTokens", 0, &clampedSetting<0, kMaxNewTokens>};
  inline static const SettingKey<QString> SystemPrompt{"chat/systemPrompt", QString(), &cleanSystemPrompt};
  inline static const SettingKey<qint64> MaxImagePixels{"images/maxPixels", kDefaultMaxImagePixels,
                                                        &clampedSetting<kMinImagePixels, kMaxImagePixels>};
  // "" = the system's; else a locale name such as "de" or "pt_BR".
  inline static const SettingKey<QString> Language{"ui/language", QString(), &cleanLanguage};
  inline static const SettingKey<QString> Theme{"ui/theme", QStringLiteral("system"), &cleanTheme}; // | light | dark
  inline static const SettingKey<QByteArray> WindowGeometry{"ui/windowGeometry", QByteArray(), nullptr};
  inline static const SettingKey<QByteArray> WindowState{"ui/windowState", QByteArray(), nullptr};
  // The conversation open when the window closed, opened again at the next start (0: a new chat;
  // an id that no longer exists is ignored and forgotten).
  inline static const SettingKey<qint64> LastConversation{"ui/lastConversation", 0, nullptr};
  // Peers (the Peers panel): where the layers go, "automatic" (the planner over this computer and
  // the peers in use) or "local" (this computer only); the paired nodes to use (valid node ids);
  // the nodes typed in by hand ("host:port", kept until removed). Lists: trimmed, no duplicates,
  // at most kMaxPeerEntries.
  inline static const SettingKey<QString> PeerPlacement{"peers/placement", QStringLiteral("automatic"),
                                                        &cleanPlacement};
  inline static const SettingKey<QStringList> UsedPeers{"peers/use", QStringList(), &cleanPeerIds};
  inline static const SettingKey<QStringList> PeerAddresses{"peers/addresses", QStringList(), &cleanAddresses};
  // The local API (docs/API.md): off by default; on loopback only, at this port (1..65535), with
  // this key ("" = none; trimmed, at most kMaxApiKeyLength characters; never dropped for being
  // odd: a damaged key locks clients out rather than opening the API).
  inline static const SettingKey<bool> LocalApiEnabled{"api/enabled", false, nullptr};
  inline static const SettingKey<int> LocalApiPort{"api/port", kDefaultLocalApiPort, &clampedSetting<1, 65535>};
  inline static const SettingKey<QString> LocalApiKey{"api/key", QString(), &cleanApiKey};
  // Web origins whose pages may call the local API ("http://localhost:3000"; CORS, none by default;
  // trimmed, no duplicates; AppContext skips entries that are not origins).
  inline static const SettingKey<QStringList> LocalApiCorsOrigins{"api/corsOrigins", QStringList(), &cleanAddresses};

  // Uses `settings` (not owned) or, when null, a QSettings() of the application.
  explicit AppSettings(QSettings *settings = nullptr, QObject *parent = nullptr);
  ~AppSettings() override;

  QSettings *settings() const { return m_settings; }
  // Writes the file and keeps it private to its owner.
  void sync();

  template <typename T> T value(const SettingKey<T> &key) const {
    const QVariant stored = m_settings->value(key.name());
    if (!stored.isValid())
      return key.fallback;
    const std::optional<T> typed = SettingKey<T>::fromVariant(stored);
    if (!typed)
      return key.fallback;
    return key.clean ? key.clean(*typed) : *typed;
  }

  // Cleans and stores `value` (removes the key when it is the default); changed() follows when
  // what value() returns is different.
  template <typename T> void setValue(const SettingKey<T> &key, const std::type_identity_t<T> &value) {
    const T before = this->value(key);
    const T clean = key.clean ? key.clean(value) : value;
    if (!m_restricted)
      restrictFile();
    if (clean == key.fallback)
      m_settings->remove(key.name());
    else
      m_settings->setValue(key.name(), QVariant::fromValue(clean));
    if (!(clean == before))
      Q_EMIT changed(key.name());
  }

  // Calls `slot` (in `context`'s thread) whenever `key` changes.
  template <typename T, typename Slot>
  QMetaObject::Connection onChanged(const SettingKey<T> &key, const QObject *context, Slot slot) {
    return connect(this, &AppSettings::changed, context,
                   [name = key.name(), slot = std::move(slot)](const QString &path) {
                     if (path == name)
                       slot();
                   });
  }

  // Every sampling value above 0, as overrides for SamplingParams::merged().
  SamplingOverrides samplingOverrides() const;

Q_SIGNALS:
  // A setting's stored value changed (its SettingKey's path).
  void changed(const QString &path);

private:
  // Creates the settings file private to its owner, or makes it so.
  void restrictFile();

  std::unique_ptr<QSettings> m_owned;
  QSettings *m_settings = nullptr;
  bool m_restricted = false; // restrictFile() has run: the file exists and is private
};

} // namespace mdi
