#pragma once

#include "engine/engine.h"
#include "model/modelconfig.h"
#include "util/expected.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <cmath>
#include <limits>
#include <type_traits>

namespace mdi {

// The options every mdi-run command that loads a model shares (generate, serve): the folder,
// dtype, threads, image size limit and where the layers go (--stages, --plan, --peer with
// --pairing-code), read into EngineLoadOptions with the same checks and messages everywhere.
class EngineArguments {
  Q_DECLARE_TR_FUNCTIONS(mdi::EngineArguments)
public:
  EngineArguments();

  void addTo(QCommandLineParser &parser) const;
  const QCommandLineOption &model() const { return m_model; }
  const QCommandLineOption &stages() const { return m_stages; }

  // The load options for the model whose configuration is `config`; errors are usage errors
  // (mdi-run exits with 2).
  Expected<EngineLoadOptions> read(const QCommandLineParser &parser, const ModelConfig &config) const;

  // Prints the engine's load progress to stderr, each line after `prefix` ("mdi-run: "): one line
  // rewritten in place when stderr is a terminal (wiped when the load ends), otherwise a line
  // per phase or stage, per finished transfer and at most one every 2 s in between. Call it
  // before connecting anything that prints when the load ends. Never writes to stdout.
  static void printLoadProgress(Engine &engine, const QString &prefix);

  // An option's value as a number of type T, or `fallback` when the option is not given. Values
  // the type cannot hold are refused (no silent wrap-around).
  template <typename T>
  static Expected<T> number(const QCommandLineParser &parser, const QCommandLineOption &option, T fallback) {
    if (!parser.isSet(option))
      return fallback;
    bool good = false;
    T value{};
    if constexpr (std::is_floating_point_v<T>) {
      value = parser.value(option).toDouble(&good);
      good = good && std::isfinite(value);
    } else {
      const qint64 wide = parser.value(option).toLongLong(&good);
      good = good && wide >= qint64(std::numeric_limits<T>::min()) &&
             (std::is_same_v<T, quint64> || wide <= qint64(std::numeric_limits<T>::max()));
      value = T(wide);
    }
    if (!good)
      return makeError(tr("--%1 needs a number in range, not '%2'").arg(option.names().first(), parser.value(option)));
    return value;
  }

private:
  QCommandLineOption m_model;
  QCommandLineOption m_dtype;
  QCommandLineOption m_threads;
  QCommandLineOption m_maxPixels;
  QCommandLineOption m_stages;
  QCommandLineOption m_plan;
  QCommandLineOption m_stageThreads;
  QCommandLineOption m_maxBatch;
  QCommandLineOption m_prefillChunk;
  QCommandLineOption m_peer;
  QCommandLineOption m_pairingCode;
};

} // namespace mdi
