// A small HTTP/1.1 client for the end-to-end tests: one request per connection to
// 127.0.0.1, written exactly as given (raw bytes too, for malformed requests), the
// response read until the server closes the connection.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lys::e2e {

struct HttpResponse {
  int status = 0;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;

  // The first header of that name (case-insensitive).
  std::optional<std::string> header(std::string_view name) const;
};

struct HttpRequest {
  std::string method = "GET";
  std::string target = "/";  // path and query string
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;  // sent with a matching Content-Length unless one is in headers
};

// Throws std::runtime_error when the connection fails or the response is malformed.
HttpResponse send_request(int port, const HttpRequest& request,
                          std::chrono::milliseconds timeout = std::chrono::seconds(30));

// Sends `bytes` as they are (malformed requests, lying headers).
HttpResponse send_raw(int port, std::string_view bytes,
                      std::chrono::milliseconds timeout = std::chrono::seconds(30));

HttpResponse get(int port, const std::string& target);

// Percent-encodes a query string value.
std::string url_encode(std::string_view text);

}  // namespace lys::e2e
