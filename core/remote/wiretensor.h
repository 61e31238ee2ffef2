#pragma once

#include "engine/stagemessage.h"
#include "remote/stagemessages.h"
#include "util/expected.h"

#include <ATen/core/Tensor.h>

#include <vector>

namespace mdi {

// Conversions between the engine's tensors and the wire forms of the peer protocol: hidden
// states [rows, columns] as bf16/f16/f32 little-endian bytes, and StageMessage <-> Forward.
// Include only from torch translation units.
namespace wiretensor {

// The wire dtype for a tensor's dtype (bf16, f16, f32; anything else travels as f32).
WireDtype wireDtypeFor(const at::Tensor &tensor);
// Copies a 2-D tensor (any device) into wire bytes of its own dtype.
HiddenStates toWire(const at::Tensor &tensor);
// A 2-D tensor of the given options from untrusted wire bytes (sizes checked).
Expected<at::Tensor> fromWire(const HiddenStates &hidden, const at::TensorOptions &options);

// Checks one session's hidden states from a peer against what was asked for: rows x columns
// (a Result has the Forward's rows, or one when lastRowOnly; the model's hidden width), a dtype
// the protocol knows, and bytes to match. The error says what came instead.
Status checkShape(const HiddenStates &hidden, qint64 rows, qint64 columns);
// Refuses hidden states with NaN or infinite values (they would turn every later token into
// garbage without an error), saying how many there are.
Status checkFinite(const at::Tensor &hidden);

ForwardMessage toForward(const StageMessage &message);
Expected<StageMessage> fromForward(const ForwardMessage &forward, const at::TensorOptions &options);
// Forwards of distinct sessions as one ForwardBatch (their hidden states one after the other),
// and back: each message's hidden states a view of its rows of the batch's.
ForwardBatchMessage toForwardBatch(const std::vector<StageMessage> &messages);
Expected<std::vector<StageMessage>> fromForwardBatch(const ForwardBatchMessage &batch,
                                                     const at::TensorOptions &options);

} // namespace wiretensor
} // namespace mdi
