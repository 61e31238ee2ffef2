#pragma once

#include <QList>
#include <QtGlobal>

namespace mdi {

// M-RoPE position ids of n consecutive tokens: three rows (t, h, w) stored row-major, the form
// both the rotary tables and the wire protocol use. Text and generated tokens have t = h = w.
class PositionIds {
public:
  PositionIds() = default;
  explicit PositionIds(qint64 count) : m_count(count), m_values(3 * count, 0) {}
  // t = h = w = first + i for i in [0, count): text tokens and decode steps.
  static PositionIds uniform(qint64 first, qint64 count) {
    PositionIds p(count);
    for (int axis = 0; axis < 3; ++axis)
      for (qint64 i = 0; i < count; ++i)
        p.set(axis, i, first + i);
    return p;
  }
  // From three rows laid out as [3, count] (e.g. a received frame); empty on a size mismatch.
  static PositionIds fromRows(const QList<qint64> &values) {
    PositionIds p;
    if (values.size() % 3 == 0) {
      p.m_count = values.size() / 3;
      p.m_values = values;
    }
    return p;
  }

  qint64 count() const { return m_count; }
  bool isEmpty() const { return m_count == 0; }
  qint64 at(int axis, qint64 i) const { return m_values[axis * m_count + i]; }
  void set(int axis, qint64 i, qint64 value) { m_values[axis * m_count + i] = value; }
  const qint64 *row(int axis) const { return m_values.constData() + axis * m_count; }
  // 3 * count() values, row t then h then w.
  const QList<qint64> &values() const { return m_values; }

  // Positions of tokens [start, start + n).
  PositionIds mid(qint64 start, qint64 n) const {
    PositionIds p(n);
    for (int axis = 0; axis < 3; ++axis)
      for (qint64 i = 0; i < n; ++i)
        p.set(axis, i, at(axis, start + i));
    return p;
  }
  // Concatenation (a prefix followed by what comes after it).
  PositionIds operator+(const PositionIds &other) const {
    PositionIds p(m_count + other.m_count);
    for (int axis = 0; axis < 3; ++axis) {
      for (qint64 i = 0; i < m_count; ++i)
        p.set(axis, i, at(axis, i));
      for (qint64 i = 0; i < other.m_count; ++i)
        p.set(axis, m_count + i, other.at(axis, i));
    }
    return p;
  }
  bool operator==(const PositionIds &) const = default;

private:
  qint64 m_count = 0;
  QList<qint64> m_values;
};

} // namespace mdi
