#include "chat/resourcesummary.h"

#include <QHash>
#include <QLocale>
#include <QStringList>

namespace mdi {

namespace {
QString size(qint64 bytes) {
  return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}
} // namespace

QString ResourceSummary::hostName(const QString &host) {
  const qsizetype open = host.indexOf(QLatin1String(" ("));
  return (open > 0 ? host.left(open) : host).trimmed();
}

QString ResourceSummary::placement(const QList<StageStats> &stages) {
  if (stages.isEmpty())
    return {};
  const int total = int(stages.size());
  int local = 0;
  QStringList hosts; // in plan order, each once
  QHash<QString, int> parts;
  for (const StageStats &s : stages) {
    if (!s.remote || s.host.isEmpty()) {
      ++local;
      continue;
    }
    const QString name = hostName(s.host);
    if (!parts.contains(name))
      hosts.append(name);
    ++parts[name];
  }
  if (local == total)
    return tr("on this computer");
  if (local == 0 && hosts.size() == 1)
    return total == 1 ? tr("on %1").arg(hosts.first()) : tr("all %1 parts on %2").arg(total).arg(hosts.first());
  QStringList pieces;
  for (const QString &host : std::as_const(hosts))
    pieces.append(tr("%1 of %2 parts on %3").arg(parts.value(host)).arg(total).arg(host));
  QString out = pieces.join(QStringLiteral(", "));
  if (local > 0)
    out = tr("%1, the rest here").arg(out);
  return out;
}

QString ResourceSummary::line(const Figures &f) {
  QStringList parts;
  if (f.memoryBytes > 0)
    parts.append(tr("%1 in memory").arg(size(f.memoryBytes)));
  if (f.threads > 0)
    parts.append(tr("%1 threads").arg(f.threads));
  if (f.tokensPerSecond >= 0)
    parts.append(tr("%1 tokens/s").arg(QLocale().toString(f.tokensPerSecond, 'f', 1)));
  const QString where = placement(f.stages);
  if (!where.isEmpty())
    parts.append(where);
  return parts.join(QStringLiteral(" · "));
}

QString ResourceSummary::details(const Figures &f) {
  QStringList lines;
  if (f.memoryBytes > 0)
    lines.append(tr("MDI Chat uses %1 of this computer's memory.").arg(size(f.memoryBytes)));
  if (f.threads > 0)
    lines.append(tr("It computes with %1 threads.").arg(f.threads));
  if (f.tokensPerSecond >= 0)
    lines.append(tr("The last answer came at %1 tokens a second.").arg(QLocale().toString(f.tokensPerSecond, 'f', 1)));
  for (qsizetype i = 0; i < f.stages.size(); ++i) {
    const StageStats &s = f.stages.at(i);
    const QString where = s.remote && !s.host.isEmpty() ? s.host : tr("this computer");
    QString text = tr("Part %1 of %2 on %3: layers %4–%5, weights %6, conversation memory %7")
                       .arg(i + 1)
                       .arg(f.stages.size())
                       .arg(where)
                       .arg(s.firstLayer)
                       .arg(s.lastLayer - 1)
                       .arg(size(s.weightBytes), size(s.cacheBytes));
    if (s.remote && s.freeMemoryBytes >= 0)
      text += tr(" (%1 free there)").arg(size(s.freeMemoryBytes));
    lines.append(text);
  }
  return lines.join(QLatin1Char('\n'));
}

} // namespace mdi
