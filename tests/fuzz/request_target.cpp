#include "tests/fuzz/request_target.h"

#include <algorithm>
#include <functional>

namespace lys::fuzz {

namespace {

using State = http::ParseResult::State;

bool is_refusal_status(int status) {
  for (int known : {400, 413, 431, 501, 505}) {
    if (status == known) return true;
  }
  return false;
}

// The request's views must point into the input they were parsed from (the chunked
// body excepted: it is a copy with the chunks joined).
bool views_input(std::string_view input, std::string_view part) {
  std::less_equal<const char*> before;
  return part.empty() || (before(input.data(), part.data()) &&
                          before(part.data() + part.size(), input.data() + input.size()));
}

std::string broken_invariant(std::string_view input, const http::ParseResult& result,
                             const http::ParseLimits& limits) {
  if (result.consumed > input.size()) return "consumed more bytes than the input has";
  if (result.expects_continue && !result.head_read) return "expects_continue before the head";
  switch (result.state) {
    case State::Incomplete:
      return {};
    case State::Refused:
      if (!is_refusal_status(result.status)) {
        return "refused with status " + std::to_string(result.status);
      }
      if (result.reason.empty()) return "refused without a reason";
      return {};
    case State::Complete:
      break;
  }
  const http::Request& request = result.request;
  if (result.consumed == 0) return "complete without consuming a byte";
  if (!result.head_read) return "complete without head_read";
  if (result.expects_continue) return "complete and still expecting 100-continue";
  if (request.body().size() > limits.max_body_bytes) return "body over max_body_bytes";
  bool views_ok = views_input(input, request.method) && views_input(input, request.query_string);
  for (const auto& [name, value] : request.headers) {
    views_ok = views_ok && views_input(input, name) && views_input(input, value);
  }
  if (!views_ok) return "a view outside the input";
  return {};
}

// Bytes arrive split anywhere, so every prefix of a complete request must wait for more.
// The cuts tried are those that split a CRLF, and the last byte: every prefix is too slow.
bool some_prefix_does_not_wait(std::string_view request, const http::ParseLimits& limits) {
  for (std::size_t size = 1; size < request.size(); ++size) {
    if (request[size - 1] != '\r' && size + 1 != request.size()) continue;
    if (http::parse_request(request.substr(0, size), limits).state != State::Incomplete) {
      return true;
    }
  }
  return false;
}

// The transport parses a request again as its bytes arrive, keeping a chunked body's
// progress between calls: fed in pieces that way, a complete request must come out as
// it does from its whole bytes.
bool pieces_parse_otherwise(std::string_view request, const http::ParseResult& whole,
                            const http::ParseLimits& limits) {
  for (std::size_t step : {7u, 64u}) {
    http::ParseProgress progress;
    http::ParseResult last;
    for (std::size_t size = step;; size += step) {
      size = std::min(size, request.size());
      last = http::parse_request(request.substr(0, size), limits, progress);
      if (last.state != State::Incomplete || size == request.size()) break;
    }
    if (last.state != State::Complete || last.consumed != whole.consumed ||
        last.request.body() != whole.request.body() ||
        last.request.method != whole.request.method || last.request.path != whole.request.path) {
      return true;
    }
  }
  return false;
}

}  // namespace

RequestRun run_request_parser(std::string_view input, const http::ParseLimits& limits) {
  RequestRun run;
  for (;;) {
    http::ParseResult result = http::parse_request(input, limits);
    run.last = result.state;
    run.status = result.status;
    run.broken = broken_invariant(input, result, limits);
    if (!run.broken.empty() || result.state != State::Complete) break;
    if (some_prefix_does_not_wait(input.substr(0, result.consumed), limits)) {
      run.broken = "a prefix of a complete request did not wait for more";
      break;
    }
    if (pieces_parse_otherwise(input.substr(0, result.consumed), result, limits)) {
      run.broken = "a complete request fed in pieces parsed otherwise";
      break;
    }
    ++run.complete;
    input.remove_prefix(result.consumed);
  }
  run.left_over = input.size();
  return run;
}

}  // namespace lys::fuzz
