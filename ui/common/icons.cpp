#include "common/icons.h"

#include "common/svgiconengine.h"

#include <QHash>

static void initMdiChatResources() {
  Q_INIT_RESOURCE(mdichat);
}

namespace mdi {

void Icons::initResources() {
  static const bool done = [] {
    initMdiChatResources();
    return true;
  }();
  Q_UNUSED(done);
}

QIcon Icons::icon(const QString &name) {
  initResources();
  static QHash<QString, QIcon> cache;
  auto it = cache.find(name);
  if (it == cache.end())
    it = cache.insert(name, QIcon(new SvgIconEngine(QStringLiteral(":/icons/%1.svg").arg(name))));
  return *it;
}

QIcon Icons::icon(const QString &name, const QColor &colour) {
  initResources();
  return QIcon(new SvgIconEngine(QStringLiteral(":/icons/%1.svg").arg(name), colour));
}

QIcon Icons::appIcon() {
  return icon(QStringLiteral("mdi-chat"));
}

} // namespace mdi
