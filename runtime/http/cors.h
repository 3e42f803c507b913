// Cross-origin requests (the Fetch standard's CORS protocol): a browser page may call
// /graphql only from an origin in the configured allow-list. Responses to any other
// origin carry no CORS header at all, and never `*`: the browser then keeps the answer
// from the page.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "http/response.h"

namespace lys::http {

// Whether `origin` is a serialized origin an allow-list may hold: scheme "http" or
// "https", "://", a host and an optional port, nothing else (no path, no `*`).
bool is_serialized_origin(std::string_view origin);

class CorsPolicy {
 public:
  explicit CorsPolicy(std::vector<std::string> allowed_origins);

  // The answer to OPTIONS /graphql: 204 listing the methods, and the CORS grant when
  // it is a preflight from an allowed origin asking for an allowed method.
  Response preflight(std::optional<std::string_view> origin,
                     std::optional<std::string_view> requested_method) const;
  // Adds the grant to an actual response when `origin` (if any) is allowed.
  void grant(std::optional<std::string_view> origin, Response& response) const;

 private:
  bool allowed(std::optional<std::string_view> origin) const;
  void add_origin(std::string_view origin, Response& response) const;

  std::vector<std::string> allowed_origins_;
};

}  // namespace lys::http
