#include "http/request_parser.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <variant>

#include "codec/ascii.h"

namespace lys::http {

namespace {

using codec::equals_ignoring_case;
using codec::trim_whitespace;

constexpr std::string_view kCrlf = "\r\n";
constexpr std::size_t kMaxHeaders = 100;
constexpr std::size_t kMaxChunkSizeLine = 1024;  // the hex size and any extensions

bool is_tchar(char c) {
  constexpr std::string_view kSymbols = "!#$%&'*+-.^_`|~";
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         kSymbols.find(c) != std::string_view::npos;
}

bool is_token(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), is_tchar);
}

// Visible characters, spaces, tabs and obs-text: never CR, LF, NUL or other controls.
bool is_field_value(std::string_view value) {
  return std::all_of(value.begin(), value.end(), [](char c) {
    auto byte = static_cast<unsigned char>(c);
    return byte == '\t' || (byte >= 0x20 && byte != 0x7f);
  });
}

bool is_request_target(std::string_view target) {
  return !target.empty() && std::all_of(target.begin(), target.end(), [](char c) {
    auto byte = static_cast<unsigned char>(c);
    return byte > 0x20 && byte != 0x7f;
  });
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Whether the bytes received so far can begin a request line: a method, then a space.
// Anything else (another protocol, binary noise) is refused without waiting for more.
bool could_start_request(std::string_view received) {
  if (received == "\r") return true;  // the first half of an empty line
  std::size_t space = received.find(' ');
  std::string_view method = received.substr(0, space);
  return space != 0 && std::all_of(method.begin(), method.end(), is_tchar);
}

ParseResult refuse(int status, std::string reason) {
  ParseResult result;
  result.state = ParseResult::State::Refused;
  result.status = status;
  result.reason = std::move(reason);
  return result;
}

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() &&
         equals_ignoring_case(text.substr(0, prefix.size()), prefix);
}

// Content-Length is 1*DIGIT; a value past what size_t holds saturates, so it is too
// large rather than wrapped around.
std::optional<std::size_t> parse_content_length(std::string_view text) {
  if (text.empty()) return std::nullopt;
  std::size_t value = 0;
  constexpr std::size_t kMax = std::numeric_limits<std::size_t>::max();
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    auto digit = static_cast<std::size_t>(c - '0');
    value = value > (kMax - digit) / 10 ? kMax : value * 10 + digit;
  }
  return value;
}

// The request line: method, target (split into decoded path and raw query) and version.
std::optional<ParseResult> parse_request_line(std::string_view line, Request& request) {
  std::size_t first_space = line.find(' ');
  std::size_t last_space = line.rfind(' ');
  if (first_space == std::string_view::npos || first_space == last_space) {
    return refuse(400, "malformed request line");
  }
  request.method = line.substr(0, first_space);
  std::string_view target = line.substr(first_space + 1, last_space - first_space - 1);
  std::string_view version = line.substr(last_space + 1);
  if (!is_token(request.method)) return refuse(400, "malformed method");
  if (!is_request_target(target)) return refuse(400, "malformed request target");
  if (version.size() != 8 || version.substr(0, 5) != "HTTP/" || version[6] != '.' ||
      hex_value(version[5]) < 0 || version[5] > '9' || hex_value(version[7]) < 0 ||
      version[7] > '9') {
    return refuse(400, "malformed HTTP version");
  }
  if (version[5] != '1' || (version[7] != '0' && version[7] != '1')) {
    return refuse(505, "only HTTP/1.0 and HTTP/1.1 are served");
  }
  request.minor_version = version[7] - '0';

  // The absolute form (RFC 9112 §3.2.2) names the authority first: the path follows it.
  for (std::string_view scheme : {"http://", "https://"}) {
    if (starts_with_ignoring_case(target, scheme)) {
      std::size_t end = target.find_first_of("/?", scheme.size());
      target = end == std::string_view::npos ? std::string_view("/") : target.substr(end);
      if (target.front() == '?') {
        request.query_string = target.substr(1);
        target = "/";
      }
    }
  }
  if (target.front() != '/' && target != "*") return refuse(400, "malformed request target");
  std::size_t question = target.find('?');
  request.path = percent_decode(target.substr(0, question), /*plus_is_space=*/false);
  if (question != std::string_view::npos) request.query_string = target.substr(question + 1);
  return std::nullopt;
}

struct Framing {
  bool chunked = false;
  std::size_t length = 0;
};

// A field line's name and value (RFC 9112 §5), or why it is malformed.
std::variant<std::pair<std::string_view, std::string_view>, ParseResult> field_line(
    std::string_view line) {
  if (line.empty() || line.front() == ' ' || line.front() == '\t') {
    return refuse(400, "folded header line");
  }
  std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || !is_token(line.substr(0, colon))) {
    return refuse(400, "malformed header field");
  }
  std::string_view value = trim_whitespace(line.substr(colon + 1));
  if (!is_field_value(value)) return refuse(400, "malformed header value");
  return std::pair(line.substr(0, colon), value);
}

// The header fields, and the body's framing they declare.
std::variant<Framing, ParseResult> parse_header_fields(std::string_view fields, Request& request) {
  std::optional<std::size_t> content_length;
  bool chunked = false;
  while (!fields.empty()) {
    std::size_t end = fields.find(kCrlf);
    std::string_view line = fields.substr(0, end);
    fields = end == std::string_view::npos ? std::string_view() : fields.substr(end + 2);
    auto field = field_line(line);
    if (auto* refused = std::get_if<ParseResult>(&field)) return std::move(*refused);
    auto [name, value] = std::get<std::pair<std::string_view, std::string_view>>(field);
    if (request.headers.size() == kMaxHeaders) return refuse(431, "too many header fields");
    request.headers.emplace_back(name, value);

    if (equals_ignoring_case(name, "Content-Length")) {
      if (content_length) return refuse(400, "more than one Content-Length");
      content_length = parse_content_length(value);
      if (!content_length) return refuse(400, "malformed Content-Length");
    } else if (equals_ignoring_case(name, "Transfer-Encoding")) {
      if (chunked) return refuse(400, "more than one Transfer-Encoding");
      if (!equals_ignoring_case(value, "chunked")) {
        return refuse(501, "the only transfer coding served is chunked");
      }
      chunked = true;
    }
  }
  if (chunked && content_length) {
    return refuse(400, "both Content-Length and Transfer-Encoding");
  }
  if (chunked && request.minor_version == 0) return refuse(400, "chunked body in HTTP/1.0");
  request.has_body = chunked || content_length.value_or(0) > 0;
  return Framing{chunked, content_length.value_or(0)};
}

ParseResult too_large_body() {
  return refuse(413, "the request body is larger than the server accepts");
}

// A chunked body from the start of `input` (RFC 9112 §7.1): the chunks joined into
// `request`, and how many bytes it took with its trailer section. Whole chunks decoded
// before more bytes are needed stay in `progress`, so each byte is decoded once.
ParseResult parse_chunked_body(std::string_view input, const ParseLimits& limits,
                               ParseProgress& progress, ParseResult head) {
  std::string& body = progress.chunked_body;
  std::size_t& at = progress.chunked_offset;
  std::size_t trailers = 0;  // where the trailer section starts, after the last chunk
  for (;;) {
    std::size_t end = input.find(kCrlf, at);
    if (end == std::string_view::npos) {
      // The line's CR may have come without its LF.
      if (input.size() - at > kMaxChunkSizeLine + 1) return refuse(400, "malformed chunk size");
      return head;
    }
    std::string_view line = input.substr(at, end - at);
    std::size_t digits = 0;
    std::size_t size = 0;
    while (digits < line.size() && hex_value(line[digits]) >= 0) {
      if (digits == 15) return too_large_body();
      size = size * 16 + static_cast<std::size_t>(hex_value(line[digits++]));
    }
    // Extensions are ignored, but a CR or LF inside one could end the line for
    // another parser: refused like any control character.
    std::string_view extensions = trim_whitespace(line.substr(digits));
    if (digits == 0 || line.size() > kMaxChunkSizeLine ||
        (!extensions.empty() && extensions.front() != ';') || !is_field_value(extensions)) {
      return refuse(400, "malformed chunk size");
    }
    if (size == 0) {
      trailers = end + 2;
      break;
    }
    if (size > limits.max_body_bytes - body.size()) return too_large_body();
    if (input.size() - (end + 2) < size + 2) {
      head.needed = head.consumed + end + 2 + size + 2;
      return head;
    }
    if (input.substr(end + 2 + size, 2) != kCrlf) return refuse(400, "malformed chunk");
    body.append(input.substr(end + 2, size));
    at = end + 2 + size + 2;
  }
  // The trailer section: field lines lys checks and ignores, then an empty line. Until
  // it is whole, `at` stays on the last chunk's line, where the next call starts.
  const std::size_t section = trailers;
  for (;;) {
    std::size_t end = input.find(kCrlf, trailers);
    if (end == std::string_view::npos) {
      if (input.size() - section > limits.max_head_bytes) {
        return refuse(431, "trailer section too large");
      }
      return head;
    }
    if (end + 2 - section > limits.max_head_bytes) {
      return refuse(431, "trailer section too large");
    }
    if (end == trailers) {
      trailers = end + 2;
      break;
    }
    auto field = field_line(input.substr(trailers, end - trailers));
    if (auto* refused = std::get_if<ParseResult>(&field)) return std::move(*refused);
    trailers = end + 2;
  }
  head.state = ParseResult::State::Complete;
  head.consumed += trailers;
  head.expects_continue = false;
  head.request.set_decoded_body(std::move(body));
  progress = {};
  return head;
}

}  // namespace

ParseResult parse_request(std::string_view input, const ParseLimits& limits,
                          ParseProgress& progress) {
  // Empty lines before a request line are ignored (RFC 9112 §2.2).
  std::size_t start = 0;
  while (input.substr(start, 2) == kCrlf && start < limits.max_head_bytes) start += 2;
  std::size_t head_end = input.find("\r\n\r\n", start);
  if (head_end == std::string_view::npos) {
    if (input.size() > limits.max_head_bytes) return refuse(431, "request head too large");
    if (!could_start_request(input.substr(start))) return refuse(400, "malformed request line");
    return {};
  }
  if (head_end + 4 > limits.max_head_bytes) return refuse(431, "request head too large");

  ParseResult result;
  std::string_view head = input.substr(start, head_end - start);
  std::size_t line_end = head.find(kCrlf);
  if (auto refused = parse_request_line(head.substr(0, line_end), result.request)) {
    return std::move(*refused);
  }
  std::string_view fields =
      line_end == std::string_view::npos ? std::string_view() : head.substr(line_end + 2);
  auto framing = parse_header_fields(fields, result.request);
  if (auto* refused = std::get_if<ParseResult>(&framing)) return std::move(*refused);
  Framing frame = std::get<Framing>(framing);

  result.consumed = head_end + 4;
  result.head_read = true;
  std::optional<std::string_view> expect = result.request.header("Expect");
  result.expects_continue =
      result.request.minor_version == 1 && expect && equals_ignoring_case(*expect, "100-continue");
  std::string_view body = input.substr(result.consumed);
  if (frame.chunked) return parse_chunked_body(body, limits, progress, std::move(result));
  if (frame.length > limits.max_body_bytes) return too_large_body();
  if (body.size() < frame.length) {
    result.needed = result.consumed + frame.length;
    return result;
  }
  result.request.set_body(body.substr(0, frame.length));
  result.consumed += frame.length;
  result.expects_continue = false;
  result.state = ParseResult::State::Complete;
  return result;
}

ParseResult parse_request(std::string_view input, const ParseLimits& limits) {
  ParseProgress progress;
  return parse_request(input, limits, progress);
}

std::string percent_decode(std::string_view text, bool plus_is_space) {
  std::string decoded;
  decoded.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 &&
        hex_value(text[i + 2]) >= 0) {
      decoded.push_back(static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2])));
      i += 2;
    } else {
      decoded.push_back(plus_is_space && c == '+' ? ' ' : c);
    }
  }
  return decoded;
}

}  // namespace lys::http
