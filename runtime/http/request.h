// One HTTP request as the routes see it: its method, decoded path, raw query string,
// headers and body, and the address of the peer that sent it. The views point into
// the connection's input buffer, valid while the request is being served.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lys::http {

struct Request {
  std::string_view method;
  std::string path;               // percent-decoded, without the query
  std::string_view query_string;  // after '?', still encoded; empty without one
  int minor_version = 1;          // HTTP/1.<minor_version>
  std::vector<std::pair<std::string_view, std::string_view>> headers;
  bool has_body = false;  // declared by Content-Length (> 0) or Transfer-Encoding
  std::string_view peer;  // the TCP peer's address

  // The first header of that name (case-insensitive), if any.
  std::optional<std::string_view> header(std::string_view name) const;
  std::string_view body() const { return chunked_ ? std::string_view(decoded_body_) : raw_body_; }

  void set_body(std::string_view raw) { raw_body_ = raw; }
  void set_decoded_body(std::string decoded) {
    decoded_body_ = std::move(decoded);
    chunked_ = true;
  }

 private:
  std::string_view raw_body_;
  std::string decoded_body_;  // a chunked body, its chunks joined
  bool chunked_ = false;
};

// Whether the comma-separated header value lists `token` (case-insensitive).
bool lists_token(std::string_view value, std::string_view token);

}  // namespace lys::http
