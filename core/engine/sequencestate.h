#pragma once

#include "model/positionids.h"

#include <QByteArray>
#include <QList>

namespace mdi {

// What the KV caches hold for one conversation: the token ids, where each cached image's run
// starts (with a digest of its pixels), and the next free M-RoPE position after every token.
// The coordinator keeps one per session so that a later turn prefills only what differs (equal
// <|image_pad|> runs are not equal images: the digests decide), and so that a rewind to any
// length continues with the right positions. Torch-free.
class SequenceState {
public:
  struct Image {
    qint64 start = 0;  // index of the first <|image_pad|>
    qint64 tokens = 0; // length of the run
    QByteArray digest;
    bool operator==(const Image &) const = default;
  };

  qint64 length() const { return m_tokens.size(); }
  const QList<qint64> &tokens() const { return m_tokens; }
  const QList<Image> &images() const { return m_images; }
  qint64 nextPosition() const { return m_nextAfter.isEmpty() ? 0 : m_nextAfter.last(); }
  // Offset of the next token's position from its cache index.
  qint64 ropeDelta() const { return nextPosition() - length(); }

  // Length of the longest prefix of ids (whose images are `images`, starts relative to ids) that
  // the cache already holds; an image is reused only whole and only with the same digest.
  qint64 reusablePrefix(const QList<qint64> &ids, const QList<Image> &images) const {
    return commonPrefix(m_tokens, m_images, ids, images);
  }
  // The same for any cached token list and its images.
  static qint64 commonPrefix(const QList<qint64> &cachedTokens, const QList<Image> &cachedImages,
                             const QList<qint64> &ids, const QList<Image> &images);
  // Keeps the first n tokens (n <= length()).
  void truncate(qint64 n);
  // Records tokens appended at length(): their positions and the images among them (starts
  // relative to the appended ids).
  void append(const QList<qint64> &ids, const PositionIds &positions, const QList<Image> &images = {});
  void clear();

  // Finds the <|image_pad|> runs of ids, pairing them with the given digests in order.
  static QList<Image> imageRuns(const QList<qint64> &ids, qint64 imagePadId, const QList<QByteArray> &digests);

private:
  QList<qint64> m_tokens;
  QList<qint64> m_nextAfter;
  QList<Image> m_images;
};

} // namespace mdi
