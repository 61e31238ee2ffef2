#pragma once

#include "engine/generationrequest.h"
#include "engine/generationresult.h"
#include "engine/sequencestate.h"
#include "util/expected.h"

#include <QByteArray>
#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <memory>

namespace mdi {

class LoadedModel;

// One conversation's answers in this process. run() renders the prompt, prefills only what the
// model's cache does not already hold from the previous turn (the longest common prefix of
// tokens and images), then decodes token by token, streaming complete UTF-8 text through the
// callback. requestStop() may be called from any thread; the loop notices it before the next
// decoding step. Owns the model's cache while it runs: one session per LoadedModel at a time.
class GenerationSession {
  Q_DECLARE_TR_FUNCTIONS(mdi::GenerationSession)

public:
  using TextCallback = std::function<void(const QString &piece)>;

  explicit GenerationSession(std::shared_ptr<LoadedModel> model);

  Expected<GenerationResult> run(const GenerationRequest &request, const TextCallback &onText = {});
  void requestStop() { m_stop.store(true, std::memory_order_relaxed); }
  // Forgets the cached conversation (the next run prefills everything).
  void reset();

private:
  std::shared_ptr<LoadedModel> m_model;
  std::atomic<bool> m_stop{false};
  QList<SequenceState::Image> m_cachedImages; // images whose embeddings the model's cache holds
};

} // namespace mdi
