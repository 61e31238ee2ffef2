#pragma once

#include "model/positionids.h"

#include <ATen/core/Tensor.h>

#include <QString>

namespace mdi {

// What travels between the pipeline's stages for one step of one session: the hidden states of
// n tokens ([n, hidden], compute dtype) with their M-RoPE positions, and where in the session's
// cache they start. A stage first cuts the session's cache to cacheStart, so a rewind
// (regenerate, edit) or a replay after a failover needs no separate message.
struct StageMessage {
  enum class Kind { Forward, Drop };
  Kind kind = Kind::Forward;
  quint64 session = 0;
  qint64 step = 0;
  qint64 cacheStart = 0;
  PositionIds positions;
  at::Tensor hidden;
  // Only the last row is needed after the final stage (the head reads one position).
  bool lastRowOnly = false;
};

// A stage's answer to a Forward: the message with hidden replaced by the hidden states after
// the stage's layers (so it can go straight on to the next stage), or an error.
struct StageResult {
  StageMessage message;
  QString error; // empty on success
};

} // namespace mdi
