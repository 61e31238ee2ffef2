#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace mdi {

// `mdi-run models [--json] [--folder DIR]...`: lists the Qwen2-VL checkpoints ModelRegistry finds
// in the Hugging Face cache and in the given folders (plus those the app's settings name), with
// size, dtype, parameters and whether each is usable (the reason when not). Exit code 0.
class ModelsCommand {
  Q_DECLARE_TR_FUNCTIONS(mdi::ModelsCommand)

public:
  static int run(const QStringList &arguments);
};

} // namespace mdi
