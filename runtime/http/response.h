// What a route answers: status, content type, extra headers and body, written to the
// connection in one place so every response carries the same safe headers.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lys::http {

struct Response {
  int status = 200;
  std::string_view content_type = "text/plain; charset=utf-8";  // always a literal
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  // The route read the whole request body, so the connection may serve another
  // request; otherwise the rest of the body would be parsed as one and it closes.
  bool request_body_read = false;
};

inline constexpr std::string_view kJson = "application/json";

Response text_response(int status, std::string body);

// A response carrying one GraphQL error: {"errors":[{"message":…,"extensions":{"code":…}}]}.
Response graphql_error_response(int status, std::string_view message, std::string_view code);

// 405 with the Allow header listing what the route accepts.
Response method_not_allowed(std::string_view allow);

// The response's bytes, head and body together so they leave in one write, with
// `common_headers` (CRLF-terminated lines, see security_headers.h), without the body
// for HEAD requests; its Connection header says whether the connection stays open for
// another request.
std::string serialize(const Response& response, std::string_view common_headers, bool head_request,
                      bool keep_alive);

// The reason phrase of a status code (RFC 9110 §15).
std::string_view reason_phrase(int status);

}  // namespace lys::http
