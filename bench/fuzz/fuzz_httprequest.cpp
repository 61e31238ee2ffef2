// libFuzzer target: the local API's HttpRequestParser. The input is fed whole and, again, in
// pieces whose sizes the first byte picks; both must end the same way (the same result, status,
// request line, headers and body), since a client decides how its bytes are split, not the
// parser. Nothing it accepts may exceed its limits.

#include "api/httprequestparser.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace mdi;

namespace {

struct Outcome {
  QList<HttpRequestParser::Result> results;
  QList<HttpRequest> requests;
  int status = 0;
};

// Feeds input in pieces of `piece` bytes (0: whole), taking up to three pipelined requests.
Outcome parse(const QByteArray &input, qsizetype piece, const HttpRequestParser::Limits &limits) {
  Outcome out;
  HttpRequestParser parser(limits);
  QByteArray pending;
  qsizetype offset = 0;
  while (out.requests.size() < 3) {
    if (offset < input.size()) {
      const qsizetype take = piece == 0 ? input.size() : qMin(piece, input.size() - offset);
      pending += input.mid(offset, take);
      offset += take;
    } else if (pending.isEmpty()) {
      break;
    }
    bool progress = true;
    while (progress) {
      const HttpRequestParser::Result result = parser.feed(pending);
      progress = false;
      if (result == HttpRequestParser::Result::HeadersComplete) {
        out.results.append(result);
        progress = true;
      } else if (result == HttpRequestParser::Result::Complete) {
        out.results.append(result);
        out.requests.append(parser.takeRequest());
        parser.reset();
        progress = !pending.isEmpty() && out.requests.size() < 3;
      } else if (result == HttpRequestParser::Result::Failed) {
        out.results.append(result);
        out.status = parser.errorStatus();
        return out;
      }
    }
    if (offset >= input.size())
      break; // no more bytes: NeedMore stays NeedMore
  }
  return out;
}

bool same(const HttpRequest &a, const HttpRequest &b) {
  return a.method == b.method && a.target == b.target && a.path == b.path && a.query == b.query &&
         a.versionMinor == b.versionMinor && a.headers == b.headers && a.body == b.body;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0)
    return 0;
  HttpRequestParser::Limits limits;
  limits.maxHeaderBytes = 2048;
  limits.maxHeaderFields = 20;
  limits.maxBodyBytes = 4096;
  const qsizetype piece = 1 + data[0] % 32;
  const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size) - 1);
  const Outcome whole = parse(input, 0, limits);
  const Outcome pieces = parse(input, piece, limits);
  for (const HttpRequest &request : whole.requests) {
    if (request.body.size() > limits.maxBodyBytes || request.headers.size() > limits.maxHeaderFields)
      std::abort();
  }
  if (whole.requests.size() != pieces.requests.size() || whole.status != pieces.status) {
    std::fprintf(stderr, "whole: %d requests, status %d; in pieces of %d: %d requests, status %d\n",
                 int(whole.requests.size()), whole.status, int(piece), int(pieces.requests.size()), pieces.status);
    std::abort();
  }
  for (qsizetype i = 0; i < whole.requests.size(); ++i)
    if (!same(whole.requests[i], pieces.requests[i])) {
      std::fprintf(stderr, "request %d differs when fed in pieces of %d\n", int(i), int(piece));
      std::abort();
    }
  return 0;
}
