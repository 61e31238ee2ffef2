#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace mdi {

// `mdi-run inspect DIR [--json]`: describes a checkpoint folder (architecture, text and vision
// sizes, parameters per part, storage dtype and sizes, weight files) and validates its weights
// against its configuration through Checkpoint::open. Exit code 0 when the folder is a usable
// Qwen2-VL checkpoint, 1 when it is not (the reason is part of the report), 2 on a usage error.
class InspectCommand {
  Q_DECLARE_TR_FUNCTIONS(mdi::InspectCommand)

public:
  static int run(const QStringList &arguments);

  // The report as JSON (what --json prints); "valid" and "error" say whether it can be used.
  static QJsonObject inspect(const QString &dir);
  static QString formatText(const QJsonObject &report);
};

} // namespace mdi
