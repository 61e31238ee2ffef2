#pragma once

#include "model/samplingoverrides.h"
#include "model/samplingparams.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace mdi {

// The three ways of drawing words that a person picks per conversation, in words instead of
// knobs: Precise (the model's own generation_config.json, whatever the Settings say; for
// Qwen2-VL in effect always the most likely word), Balanced (Qwen's recommended chat values:
// temperature 0.7, top-p 0.8, top-k 20) and Creative (temperature 1.0, top-p 0.95, top-k 50).
// The choice is stored in Conversation::sampling under "preset", beside any fields set one by
// one, which go over it; a conversation without a preset follows the Settings as before.
// effective() is the one place that turns the Settings and a conversation's object into the
// overrides an answer uses; describe() puts the resulting numbers into words for the dialog.
class SamplingPreset {
  Q_DECLARE_TR_FUNCTIONS(mdi::SamplingPreset)

public:
  enum class Kind { None, Precise, Balanced, Creative };

  static constexpr const char *kKey = "preset";

  // The overrides a preset stands for (Precise: none, so the model's values apply).
  static SamplingOverrides overrides(Kind kind);
  static QString key(Kind kind); // "precise", ... ("" for None)
  static QString name(Kind kind);
  static QString description(Kind kind);

  // The preset of a conversation's sampling object (None when it has none); an unknown name is
  // an error naming it.
  static Expected<Kind> fromJson(const QJsonObject &sampling);
  // `sampling` with its preset set to `kind` (None: removed) and the per-field choices cleared,
  // so that the preset's numbers are the ones that apply.
  static QJsonObject withPreset(const QJsonObject &sampling, Kind kind);

  // What an answer in a conversation asks for: the Settings' overrides, replaced in the sampling
  // group (temperature, top-p, top-k, min-p) by the preset's (Precise: the model's, so none),
  // then the conversation's own fields over them.
  static Expected<SamplingOverrides> effective(const SamplingOverrides &settings, const QJsonObject &conversation);

  // The numbers in words: "temperature 0.7 · top-p 0.8 · top-k 20", or "always the most likely
  // word" when greedy in effect.
  static QString describe(const SamplingParams &params);
  // Greedy, or so close to it that every answer is the same (Qwen2-VL's own top_k 1, top_p 0.001).
  static bool isGreedyInEffect(const SamplingParams &params);
};

} // namespace mdi
