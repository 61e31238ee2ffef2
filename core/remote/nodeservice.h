#pragma once

#include "net/peerserver.h"
#include "util/expected.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace mdi {

// What mdi-node runs: serves decoder-layer stages to paired coordinators over PeerServer.
// Per connection: Hello -> HelloAck; LoadStage (the manifest is checked against the tensors the
// config it carries implies for the layer range) -> LoadStageReply with what the node already
// holds in its weight cache (or, with a model folder, what it finds there under the same SHA-256;
// found out on a worker thread, as hashing a folder's tensors takes a while),
// WeightChunks -> WeightAcks, then StageReady once every tensor is cached and the stage is built;
// Forward -> Result and DropSession -> echo, in order, computed on a worker thread of the
// connection (never the network thread); Ping (PeerConnection), StatsRequest -> Stats; anything
// else -> Error. A bad request never takes the node down: LoadStage's config is parsed and
// checked on a worker, only devices this machine has are accepted, no exception leaves a
// thread, and the KV caches count against --max-memory with at most maxSessionsPerClient
// sessions per coordinator (its least recently used session goes first, and a later step of it
// is refused saying so). Lives in the thread that creates it.
class NodeService {
  Q_DECLARE_TR_FUNCTIONS(mdi::NodeService)

public:
  struct Options {
    PeerServer::Options server;
    QString name;
    QString appVersion;
    QString cacheDirectory;
    QString modelDirectory; // optional: a Hugging Face folder whose tensors are used after hash checks
    QString device = QStringLiteral("cpu");
    int threads = 0; // intra-op threads per stage; 0: physical cores
    // The weight format of this node's stages (--dtype): "auto" computes in what the coordinator
    // asks for (resolving "auto"/"best" for this node's device); a format (f32, bf16, q8, q4)
    // overrides the request, e.g. 4-bit on a node with little memory.
    QString dtype = QStringLiteral("auto");
    qint64 maxMemoryBytes = 0;
    // Sessions (conversations) one coordinator may keep cached here; a new one beyond this drops
    // that coordinator's least recently used session.
    int maxSessionsPerClient = 64;
  };
  using LogFunction = std::function<void(const QString &line)>;

  explicit NodeService(Options options, LogFunction log = {});
  ~NodeService();

  Status start();
  quint16 port() const;
  // Weight bytes received over the network since start (all connections).
  qint64 weightBytesReceived() const;
  qint64 weightBytesImported() const;
  // What the node offers now: --max-memory less what its stages hold, or else the system's free
  // memory (0: not known). For beacons; StageReady and Stats carry it too.
  qint64 freeMemoryBytes() const;
  // The stages' busy fraction (0..1) since the previous call at least 0.5 s ago.
  double load();

  struct Private;

private:
  std::unique_ptr<Private> d;
};

} // namespace mdi
