#include "api/httprequestparser.h"

namespace mdi {

namespace {

// RFC 9110 tchar: the characters of methods and field names.
bool isTokenChar(char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
    return true;
  switch (c) {
  case '!':
  case '#':
  case '$':
  case '%':
  case '&':
  case '\'':
  case '*':
  case '+':
  case '-':
  case '.':
  case '^':
  case '_':
  case '`':
  case '|':
  case '~':
    return true;
  default:
    return false;
  }
}

bool isToken(const QByteArray &text) {
  if (text.isEmpty())
    return false;
  for (char c : text) {
    if (!isTokenChar(c))
      return false;
  }
  return true;
}

// Field values may hold visible characters, spaces, tabs and obs-text, but no other controls.
bool isFieldValue(const QByteArray &text) {
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if ((u < 0x20 && c != '\t') || u == 0x7f)
      return false;
  }
  return true;
}

QByteArray trimmedOws(const QByteArray &text) {
  qsizetype begin = 0;
  qsizetype end = text.size();
  while (begin < end && (text[begin] == ' ' || text[begin] == '\t'))
    ++begin;
  while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t'))
    --end;
  return text.mid(begin, end - begin);
}

// Where the empty line that ends the head starts its terminator, and where the body begins;
// -1 when the head is not complete yet. Lines end with CRLF or LF.
qsizetype headEnd(const QByteArray &bytes, qsizetype from, qsizetype *bodyStart) {
  for (qsizetype i = qMax<qsizetype>(0, from); i < bytes.size(); ++i) {
    if (bytes[i] != '\n')
      continue;
    if (i + 1 < bytes.size() && bytes[i + 1] == '\n') {
      *bodyStart = i + 2;
      return i;
    }
    if (i + 2 < bytes.size() && bytes[i + 1] == '\r' && bytes[i + 2] == '\n') {
      *bodyStart = i + 3;
      return i;
    }
  }
  return -1;
}

} // namespace

HttpRequestParser::Result HttpRequestParser::fail(int status, const QString &message) {
  m_phase = Phase::Failed;
  m_errorStatus = status;
  m_errorMessage = message;
  return Result::Failed;
}

void HttpRequestParser::reset() {
  m_phase = Phase::Head;
  m_head.clear();
  m_request = HttpRequest();
  m_contentLength = 0;
  m_expectContinue = false;
  m_errorStatus = 0;
  m_errorMessage.clear();
}

HttpRequest HttpRequestParser::takeRequest() {
  return std::exchange(m_request, HttpRequest());
}

HttpRequestParser::Result HttpRequestParser::feed(QByteArray &input) {
  switch (m_phase) {
  case Phase::Failed:
    return Result::Failed;
  case Phase::Done:
    return Result::Complete;
  case Phase::Head: {
    if (m_head.isEmpty()) {
      // Empty lines before a request line are ignored (RFC 9112, 2.2), e.g. after a body's CRLF.
      qsizetype skip = 0;
      while (skip < input.size() && (input[skip] == '\r' || input[skip] == '\n'))
        ++skip;
      input.remove(0, skip);
      if (input.isEmpty())
        return Result::NeedMore;
    }
    const qsizetype scanFrom = m_head.size() - 2;
    // Never hold more than the limit (plus the terminator's few bytes) of an unfinished head.
    const qsizetype room = m_limits.maxHeaderBytes + 4 - m_head.size();
    const qsizetype take = qMin(input.size(), qMax<qsizetype>(0, room));
    m_head.append(input.constData(), take);
    input.remove(0, take);
    qsizetype bodyStart = 0;
    const qsizetype end = headEnd(m_head, scanFrom, &bodyStart);
    if (end < 0) {
      // A terminator ("\n\r\n" at most) that starts within the limit may still be arriving: the
      // head is too large only once none can (else the answer would depend on how TCP split it).
      if (m_head.size() >= m_limits.maxHeaderBytes + 3)
        return fail(431, tr("The request line and header fields exceed %1 bytes.").arg(m_limits.maxHeaderBytes));
      return Result::NeedMore;
    }
    if (end > m_limits.maxHeaderBytes)
      return fail(431, tr("The request line and header fields exceed %1 bytes.").arg(m_limits.maxHeaderBytes));
    // Bytes after the head belong to the body or to the next request: give them back.
    input.prepend(m_head.mid(bodyStart));
    const Result head = parseHead(m_head.left(end));
    m_head.clear();
    if (head == Result::Failed)
      return head;
    return afterHeaders();
  }
  case Phase::Body: {
    const qint64 need = m_contentLength - m_request.body.size();
    const qsizetype take = qsizetype(qMin<qint64>(need, input.size()));
    m_request.body.append(input.constData(), take);
    input.remove(0, take);
    if (m_request.body.size() < m_contentLength)
      return Result::NeedMore;
    m_phase = Phase::Done;
    return Result::Complete;
  }
  }
  return Result::Failed;
}

HttpRequestParser::Result HttpRequestParser::parseHead(const QByteArray &head) {
  const QList<QByteArray> lines = head.split('\n');
  bool first = true;
  for (QByteArray line : lines) {
    if (line.endsWith('\r'))
      line.chop(1);
    const Result r = first ? parseRequestLine(line) : parseField(line);
    if (r == Result::Failed)
      return r;
    first = false;
  }
  return Result::NeedMore;
}

HttpRequestParser::Result HttpRequestParser::parseRequestLine(const QByteArray &line) {
  const QList<QByteArray> parts = line.split(' ');
  if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty())
    return fail(400, tr("The request line is malformed; expected \"METHOD /path HTTP/1.1\"."));
  const QByteArray &version = parts[2];
  if (version == "HTTP/1.1")
    m_request.versionMinor = 1;
  else if (version == "HTTP/1.0")
    m_request.versionMinor = 0;
  else if (version.startsWith("HTTP/"))
    return fail(505, tr("Only HTTP/1.0 and HTTP/1.1 are supported."));
  else
    return fail(400, tr("The request line is malformed; expected \"METHOD /path HTTP/1.1\"."));
  const QByteArray &target = parts[1];
  if (!target.startsWith('/'))
    return fail(400, tr("The request target must be a path starting with '/'."));
  for (char c : target) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7f)
      return fail(400, tr("The request target contains characters that must be percent-encoded."));
  }
  m_request.method = parts[0];
  m_request.target = target;
  const qsizetype question = target.indexOf('?');
  m_request.path = question < 0 ? target : target.left(question);
  m_request.query = question < 0 ? QByteArray() : target.mid(question + 1);
  return Result::NeedMore;
}

HttpRequestParser::Result HttpRequestParser::parseField(const QByteArray &line) {
  if (line.startsWith(' ') || line.startsWith('\t'))
    return fail(400, tr("Folded header lines are not accepted."));
  const qsizetype colon = line.indexOf(':');
  if (colon <= 0 || !isToken(line.left(colon)))
    return fail(400, tr("A header line is malformed; expected \"Name: value\"."));
  const QByteArray value = trimmedOws(line.mid(colon + 1));
  if (!isFieldValue(value))
    return fail(400, tr("A header value contains control characters."));
  if (m_request.headers.size() >= m_limits.maxHeaderFields)
    return fail(431, tr("The request has more than %1 header fields.").arg(m_limits.maxHeaderFields));
  m_request.headers.append({line.left(colon).toLower(), value});
  return Result::NeedMore;
}

HttpRequestParser::Result HttpRequestParser::afterHeaders() {
  if (m_request.versionMinor >= 1 && !m_request.hasHeader("host"))
    return fail(400, tr("HTTP/1.1 requests must have a Host header."));
  if (m_request.hasHeader("transfer-encoding"))
    return fail(411, tr("Request bodies must be sent with a Content-Length; chunked transfer coding is not "
                        "supported."));
  bool haveLength = false;
  qint64 length = 0;
  for (const auto &field : std::as_const(m_request.headers)) {
    if (field.first != "content-length")
      continue;
    // "Content-Length: 5, 5" and repeated fields are allowed only when every value agrees.
    for (const QByteArray &item : field.second.split(',')) {
      const QByteArray digits = trimmedOws(item);
      bool ok = !digits.isEmpty() && digits.size() <= 18;
      for (char c : digits)
        ok = ok && c >= '0' && c <= '9';
      const qint64 value = ok ? digits.toLongLong(&ok) : -1;
      if (!ok)
        return fail(400, tr("The Content-Length header is not a number."));
      if (haveLength && value != length)
        return fail(400, tr("The request has conflicting Content-Length values."));
      haveLength = true;
      length = value;
    }
  }
  const QByteArray &method = m_request.method;
  if (!haveLength && (method == "POST" || method == "PUT" || method == "PATCH"))
    return fail(411, tr("A %1 request needs a Content-Length header.").arg(QString::fromLatin1(method)));
  if (length > m_limits.maxBodyBytes) {
    // Reported after the head, so the server can refuse by the head first (a missing key says
    // more than a size); the next feed() fails without reading a byte of the body.
    fail(413, tr("The request body has %1 bytes; at most %2 are accepted.").arg(length).arg(m_limits.maxBodyBytes));
    return Result::HeadersComplete;
  }
  const QByteArray expect = m_request.header("expect").toLower();
  if (!expect.isNull()) {
    if (expect != "100-continue")
      return fail(417, tr("Only \"Expect: 100-continue\" is supported."));
    m_expectContinue = length > 0;
  }
  m_contentLength = length;
  m_phase = length > 0 ? Phase::Body : Phase::Done;
  return Result::HeadersComplete;
}

} // namespace mdi
