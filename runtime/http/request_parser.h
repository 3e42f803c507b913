// Parses one HTTP/1.x request (RFC 9112) from the start of a connection's input: the
// request line, the header fields and a body framed by Content-Length or chunked
// transfer coding. Strict where leniency lets two parsers disagree (request smuggling):
// CRLF line ends only, no whitespace before a header's colon, no line folding, one
// Content-Length, never both Content-Length and Transfer-Encoding. Pure: the caller
// owns the bytes and calls again when more arrive.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "http/request.h"

namespace lys::http {

struct ParseLimits {
  std::size_t max_head_bytes = 16384;  // the request line and the header fields
  std::size_t max_body_bytes = 1024 * 1024;
};

struct ParseResult {
  enum class State {
    Incomplete,  // more bytes are needed
    Complete,    // `request` holds the request; it took the first `consumed` bytes
    Refused,     // `status` and `reason` say why; the connection must close
  };
  State state = State::Incomplete;
  Request request;
  std::size_t consumed = 0;
  int status = 0;
  std::string reason;
  bool head_read = false;  // the request line and header fields are complete
  // Incomplete with the head read: the client waits for `100 Continue` before its body.
  bool expects_continue = false;
  // Incomplete: parsing again cannot finish before the input is this long (0: unknown).
  std::size_t needed = 0;
};

// What an Incomplete parse keeps for the next call on the same, longer input: the
// chunks of a chunked body decoded so far, so that a body arriving in many pieces is
// decoded once, not again with every piece. Reset after a Complete or Refused parse.
struct ParseProgress {
  std::size_t chunked_offset = 0;  // in the body, where the next chunk-size line starts
  std::string chunked_body;
};

ParseResult parse_request(std::string_view input, const ParseLimits& limits,
                          ParseProgress& progress);
// The same, from nothing kept: for input held whole.
ParseResult parse_request(std::string_view input, const ParseLimits& limits);

// Decodes %XX escapes (and '+' as a space when `plus_is_space`, as in a query string);
// a '%' not followed by two hex digits stays as it is.
std::string percent_decode(std::string_view text, bool plus_is_space);

}  // namespace lys::http
