#include "model/kvcache.h"

#include <QtGlobal>

namespace mdi {

KvCache::KvCache(int layers, int64_t kvHeads, int64_t headDim, const at::TensorOptions &options, int64_t chunk) :
    m_kvHeads(kvHeads), m_headDim(headDim), m_chunk(qMax<int64_t>(1, chunk)), m_options(options),
    m_keys(size_t(layers)), m_values(size_t(layers)) {}

int64_t KvCache::bytes() const {
  return 2 * int64_t(m_keys.size()) * m_kvHeads * m_capacity * m_headDim * int64_t(m_options.dtype().itemsize());
}

void KvCache::reserve(int64_t positions) {
  if (positions <= m_capacity)
    return;
  // At least a quarter more than now, so a long conversation regrows O(log n) times rather than
  // copying its whole cache every chunk.
  const int64_t wanted = qMax(positions, m_capacity + m_capacity / 4);
  const int64_t capacity = (wanted + m_chunk - 1) / m_chunk * m_chunk;
  for (size_t layer = 0; layer < m_keys.size(); ++layer) {
    for (at::Tensor *buffer : {&m_keys[layer], &m_values[layer]}) {
      at::Tensor grown = at::empty({m_kvHeads, capacity, m_headDim}, m_options);
      if (m_length > 0)
        grown.narrow(1, 0, m_length).copy_(buffer->narrow(1, 0, m_length));
      *buffer = grown;
    }
  }
  m_capacity = capacity;
}

void KvCache::store(int layer, int64_t start, const at::Tensor &k, const at::Tensor &v) {
  Q_ASSERT(layer >= 0 && layer < layerCount());
  Q_ASSERT(start + k.size(1) <= m_capacity);
  m_keys[size_t(layer)].narrow(1, start, k.size(1)).copy_(k);
  m_values[size_t(layer)].narrow(1, start, v.size(1)).copy_(v);
}

void KvCache::setLength(int64_t n) {
  Q_ASSERT(n >= 0 && n <= m_capacity);
  m_length = n;
}

void KvCache::truncate(int64_t n) {
  Q_ASSERT(n >= 0 && n <= m_length);
  m_length = n;
}

void KvCache::release() {
  for (size_t layer = 0; layer < m_keys.size(); ++layer) {
    m_keys[layer] = at::Tensor();
    m_values[layer] = at::Tensor();
  }
  m_length = 0;
  m_capacity = 0;
}

} // namespace mdi
