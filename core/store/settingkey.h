#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <type_traits>

namespace mdi {

// One application setting, typed: where QSettings keeps it, its default, and the function that
// makes any value valid (clamps, normalises) on the way in and on the way out, so a hand-edited or
// damaged file yields defaults or clamped values, never nonsense. AppSettings::value()/setValue()
// take one; declaring a new setting is one line in AppSettings. The supported types are those a
// QSettings INI file keeps as plain text: bool, int, qint64, double, QString, QStringList and
// QByteArray.
template <typename T> struct SettingKey {
  const char *path;           // "group/name" in QSettings
  T fallback;                 // read when the key is absent or unreadable; writing it removes the key
  T (*clean)(const T &value); // null: stored as given

  QString name() const { return QString::fromLatin1(path); }

  // The stored QVariant as a T, or nullopt when it is not one (then the fallback is read).
  static std::optional<T> fromVariant(const QVariant &stored) {
    if constexpr (std::is_same_v<T, bool>) {
      return stored.toBool();
    } else if constexpr (std::is_integral_v<T>) {
      bool ok = false;
      const qint64 whole = stored.toLongLong(&ok);
      if (ok)
        return T(
            std::clamp<qint64>(whole, qint64(std::numeric_limits<T>::min()), qint64(std::numeric_limits<T>::max())));
      // "12.0" or "1e6" in a hand-edited file.
      const double d = stored.toDouble(&ok);
      if (!ok || !std::isfinite(d))
        return std::nullopt;
      return T(std::clamp(d, double(std::numeric_limits<T>::min()), double(std::numeric_limits<T>::max())));
    } else if constexpr (std::is_floating_point_v<T>) {
      bool ok = false;
      const double d = stored.toDouble(&ok);
      return ok ? std::optional<T>(T(d)) : std::nullopt;
    } else if constexpr (std::is_same_v<T, QStringList>) {
      return stored.toStringList();
    } else if constexpr (std::is_same_v<T, QString>) {
      return stored.toString();
    } else {
      static_assert(std::is_same_v<T, QByteArray>,
                    "a setting is bool, an integer, double, QString(List) or QByteArray");
      return stored.toByteArray();
    }
  }
};

// Clean functions for the common case of a number within a range. A value that is not finite
// becomes `Fallback`.
template <auto Min, auto Max, auto Fallback = Min> decltype(Min) clampedSetting(const decltype(Min) &value) {
  if constexpr (std::is_floating_point_v<decltype(Min)>) {
    if (!std::isfinite(value))
      return Fallback;
  }
  return std::clamp(value, Min, Max);
}

} // namespace mdi
