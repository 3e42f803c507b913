// Reads a request body under lys's own limits: never more than max_bytes + 1 bytes
// whatever Content-Length claims, and never past a deadline, so a client that lies
// about the length cannot hold a worker longer than the request timeout.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

struct mg_connection;

namespace lys::http {

struct BodyRead {
  enum class Outcome { Complete, TooLarge, Incomplete };
  Outcome outcome = Outcome::Complete;
  std::string body;
};

BodyRead read_body(mg_connection* connection, std::size_t max_bytes,
                   std::chrono::steady_clock::time_point deadline);

}  // namespace lys::http
