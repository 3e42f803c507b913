// A small HTTP/1.1 client for the end-to-end tests: one request per connection to
// 127.0.0.1, written exactly as given (raw bytes too, for malformed requests), the
// response read until the server closes the connection; or, with HttpConnection,
// several requests on one kept-alive connection.
#pragma once

#include <chrono>
#include <memory>
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

// One connection carrying several requests (HTTP keep-alive).
class HttpConnection {
 public:
  class Socket;  // a connected TCP socket with timeouts (send_raw uses it too)

  explicit HttpConnection(int port, std::chrono::milliseconds timeout = std::chrono::seconds(30));
  HttpConnection(const HttpConnection&) = delete;
  HttpConnection& operator=(const HttpConnection&) = delete;
  ~HttpConnection();

  // Sends `bytes` and reads one response, delimited by its Content-Length.
  HttpResponse exchange(std::string_view bytes);
  // The two halves of exchange, for a client that writes while it waits (slowly). One
  // thread may send while another receives.
  void send(std::string_view bytes);
  HttpResponse receive();
  // Reads until the server closes the connection: true when it closes without
  // sending anything more, false when it sends more or is still open at the timeout.
  bool closed_by_server();

 private:
  std::unique_ptr<Socket> socket_;
  std::string received_;  // bytes read past the last response
};

// Percent-encodes a query string value.
std::string url_encode(std::string_view text);

}  // namespace lys::e2e
