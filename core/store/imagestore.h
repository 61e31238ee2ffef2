#pragma once

#include "store/attachment.h"
#include "util/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

namespace mdi {

// The image files of the chat history: one file per distinct content, named <sha256>.<ext>
// (ext from the format found in the bytes, not from the file name) in one folder, written
// atomically with QSaveFile. Adding the same bytes twice keeps one file. Every image is checked
// before it is kept: it must be a raster format from acceptedFormats(), its declared size is
// checked before any pixel is decoded, and it must decode completely (ImageDecoder); the
// original bytes are kept, not a re-encoding.
//
// Images added through this object are "pending" until HistoryStore references them from a
// message (release()): a pending image is never removed as unreferenced, so one waiting in the
// composer survives the deletion of an old conversation that used the same picture.
// Thread-safe.
class ImageStore {
  Q_DECLARE_TR_FUNCTIONS(mdi::ImageStore)

public:
  explicit ImageStore(const QString &directory);

  QString directory() const { return m_directory; }

  Expected<Attachment> addFile(const QString &path);
  // `label` names the image in messages and becomes Attachment::fileName (its last component).
  Expected<Attachment> addData(const QByteArray &bytes, const QString &label);
  // Stores pixels (a pasted image) as PNG; `label` defaults to "pasted-image.png".
  Expected<Attachment> addImage(const QImage &image, const QString &label = {});

  // Absolute path of the stored file; empty when the sha256 is malformed. The file exists when
  // the attachment came from this store and was not removed since.
  QString path(const Attachment &a) const;
  bool contains(const Attachment &a) const;
  QStringList storedHashes() const; // sha256 of every stored file

  // Deletes the file(s) named <sha256>.* unless the image is pending. True when nothing of that
  // name is left.
  bool remove(const QString &sha256);
  // The images are referenced by messages now: no longer pending.
  void release(const QStringList &sha256s);
  bool isPending(const QString &sha256) const;

  static bool isValidSha256(const QString &sha256);
  static QStringList acceptedFormats(); // "png", "jpeg", "gif", "webp", "bmp", "tiff"
  static QString mimeTypeForFormat(const QByteArray &format);
  static QString suffixForMimeType(const QString &mimeType); // "png", "jpg", ...; empty if unknown

private:
  QString m_directory;
  mutable QMutex m_mutex;
  QSet<QString> m_pending;
};

} // namespace mdi
