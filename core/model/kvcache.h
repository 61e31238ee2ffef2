#pragma once

#include <ATen/ATen.h>

#include <vector>

namespace mdi {

// Keys and values of one sequence for a contiguous range of decoder layers. Each layer's K and V
// live in one preallocated [kv_heads, capacity, head_dim] buffer; the first length() positions
// are valid. Capacity grows in whole chunks (never per token), so decoding writes into existing
// memory with narrow().copy_(). truncate() rewinds (regenerate, edit) without freeing.
class KvCache {
public:
  KvCache() = default;
  KvCache(int layers, int64_t kvHeads, int64_t headDim, const at::TensorOptions &options, int64_t chunk = 256);

  int layerCount() const { return int(m_keys.size()); }
  int64_t length() const { return m_length; }
  int64_t capacity() const { return m_capacity; }
  // Bytes allocated for all layers' keys and values.
  int64_t bytes() const;

  // Makes room for `positions` positions in every layer (keeps the valid prefix).
  void reserve(int64_t positions);
  // Writes k, v [kv_heads, n, head_dim] at positions [start, start + n); start + n <= capacity().
  void store(int layer, int64_t start, const at::Tensor &k, const at::Tensor &v);
  // Views [kv_heads, n, head_dim] of the first n positions (strided over the capacity).
  at::Tensor keys(int layer, int64_t n) const { return m_keys[layer].narrow(1, 0, n); }
  at::Tensor values(int layer, int64_t n) const { return m_values[layer].narrow(1, 0, n); }

  // Marks positions [0, n) valid after every layer has stored them; n <= capacity().
  void setLength(int64_t n);
  // Forgets everything after the first n positions (n <= length()).
  void truncate(int64_t n);
  void clear() { m_length = 0; }
  // Frees the buffers (length 0, capacity 0).
  void release();

private:
  int64_t m_kvHeads = 0;
  int64_t m_headDim = 0;
  int64_t m_chunk = 256;
  at::TensorOptions m_options;
  int64_t m_length = 0;
  int64_t m_capacity = 0;
  std::vector<at::Tensor> m_keys;
  std::vector<at::Tensor> m_values;
};

} // namespace mdi
