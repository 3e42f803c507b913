// The code path under fuzzing for lys's HTTP/1.1 request parser: one connection's input
// parsed request after request, as the transport serves it, and what must hold of every
// result whatever the bytes, including that a complete request's prefixes wait for more
// and that it parses the same fed in pieces.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "http/request_parser.h"

namespace lys::fuzz {

// Small enough that fuzzed inputs reach the head and body limits.
inline constexpr http::ParseLimits kRequestFuzzLimits{.max_head_bytes = 1024,
                                                      .max_body_bytes = 4096};

struct RequestRun {
  std::size_t complete = 0;  // requests parsed Complete, one after another
  http::ParseResult::State last = http::ParseResult::State::Incomplete;  // what ended the run
  std::size_t left_over = 0;  // bytes after the last Complete request
  int status = 0;             // when the run ended Refused
  std::string broken;         // the first invariant a result broke; empty when all held
};

RequestRun run_request_parser(std::string_view input, const http::ParseLimits& limits);

}  // namespace lys::fuzz
