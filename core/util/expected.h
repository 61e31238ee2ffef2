#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace mdi {

// A failure that a user can cause: a message that names the thing and the cause.
struct Error {
  QString message;
};

inline Error makeError(QString message) {
  return Error{std::move(message)};
}

// A value or an Error. The project reports user-caused failures as values (in the manner of
// qBittorrent's nonstd::expected) rather than exceptions, so callers decide what to show.
template <typename T> class [[nodiscard]] Expected {
public:
  Expected(T value) : m_value(std::move(value)) {}
  Expected(Error error) : m_error(std::move(error.message)) {}

  bool hasValue() const { return m_value.has_value(); }
  explicit operator bool() const { return hasValue(); }

  T &value() & { return *m_value; }
  const T &value() const & { return *m_value; }
  T &&value() && { return std::move(*m_value); }
  T &operator*() & { return *m_value; }
  const T &operator*() const & { return *m_value; }
  T *operator->() { return &*m_value; }
  const T *operator->() const { return &*m_value; }

  const QString &error() const { return m_error; }

private:
  std::optional<T> m_value;
  QString m_error;
};

// For operations that return nothing on success.
class [[nodiscard]] Status {
public:
  Status() = default;
  Status(Error error) : m_error(std::move(error.message)), m_failed(true) {}
  static Status ok() { return {}; }

  bool isOk() const { return !m_failed; }
  explicit operator bool() const { return isOk(); }
  const QString &error() const { return m_error; }

private:
  QString m_error;
  bool m_failed = false;
};

} // namespace mdi
