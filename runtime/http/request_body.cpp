#include "http/request_body.h"

#include <civetweb.h>

#include <algorithm>

namespace lys::http {

BodyRead read_body(mg_connection* connection, std::size_t max_bytes,
                   std::chrono::steady_clock::time_point deadline) {
  const mg_request_info* info = mg_get_request_info(connection);
  // content_length is -1 for a chunked body (CivetWeb decodes the chunks).
  if (info->content_length > 0 && static_cast<std::size_t>(info->content_length) > max_bytes) {
    return {BodyRead::Outcome::TooLarge, {}};
  }
  const bool length_known = info->content_length >= 0;
  const std::size_t expected =
      length_known ? static_cast<std::size_t>(info->content_length) : max_bytes + 1;

  BodyRead result;
  constexpr std::size_t kChunk = 16 * 1024;
  while (result.body.size() < expected) {
    std::size_t offset = result.body.size();
    std::size_t want = std::min(kChunk, expected - offset);
    result.body.resize(offset + want);
    // mg_read waits at most the request timeout for the bytes it was asked for.
    int got = mg_read(connection, result.body.data() + offset, want);
    result.body.resize(offset + static_cast<std::size_t>(std::max(got, 0)));
    if (got <= 0) break;
    if (result.body.size() > max_bytes) return {BodyRead::Outcome::TooLarge, {}};
    if (std::chrono::steady_clock::now() >= deadline && result.body.size() < expected) break;
  }
  if (length_known && result.body.size() < expected) result.outcome = BodyRead::Outcome::Incomplete;
  return result;
}

}  // namespace lys::http
