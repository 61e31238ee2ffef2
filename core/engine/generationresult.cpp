#include "engine/generationresult.h"

namespace mdi {

QString finishReasonName(FinishReason reason) {
  switch (reason) {
  case FinishReason::Eos:
    return QStringLiteral("eos");
  case FinishReason::Length:
    return QStringLiteral("length");
  case FinishReason::StopString:
    return QStringLiteral("stop");
  case FinishReason::Stopped:
    return QStringLiteral("stopped");
  case FinishReason::None:
    break;
  }
  return {};
}

} // namespace mdi
