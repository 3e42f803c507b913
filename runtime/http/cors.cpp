#include "http/cors.h"

#include <algorithm>

namespace lys::http {

namespace {

constexpr std::string_view kMethods = "GET, POST, OPTIONS";

bool is_host_character(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == ':' || c == '[' || c == ']';
}

}  // namespace

bool is_serialized_origin(std::string_view origin) {
  std::string_view rest;
  if (origin.starts_with("https://")) {
    rest = origin.substr(8);
  } else if (origin.starts_with("http://")) {
    rest = origin.substr(7);
  } else {
    return false;
  }
  return !rest.empty() && std::all_of(rest.begin(), rest.end(), is_host_character);
}

CorsPolicy::CorsPolicy(std::vector<std::string> allowed_origins)
    : allowed_origins_(std::move(allowed_origins)) {}

bool CorsPolicy::allowed(std::optional<std::string_view> origin) const {
  return origin && std::find(allowed_origins_.begin(), allowed_origins_.end(), *origin) !=
                       allowed_origins_.end();
}

void CorsPolicy::add_origin(std::string_view origin, Response& response) const {
  response.headers.emplace_back("Access-Control-Allow-Origin", origin);
  // Credentials (cookies, Authorization) may cross only to the origins listed.
  response.headers.emplace_back("Access-Control-Allow-Credentials", "true");
}

Response CorsPolicy::preflight(std::optional<std::string_view> origin,
                               std::optional<std::string_view> requested_method) const {
  Response response = text_response(204, "");
  response.headers.emplace_back("Allow", kMethods);
  if (!allowed_origins_.empty()) response.headers.emplace_back("Vary", "Origin");
  std::string_view method = requested_method.value_or("");
  if (allowed(origin) && (method == "GET" || method == "POST")) {
    add_origin(*origin, response);
    response.headers.emplace_back("Access-Control-Allow-Methods", "GET, POST");
    response.headers.emplace_back("Access-Control-Allow-Headers",
                                  "Authorization, Content-Type, X-XSRF-Token");
    response.headers.emplace_back("Access-Control-Max-Age", "600");
  }
  return response;
}

void CorsPolicy::grant(std::optional<std::string_view> origin, Response& response) const {
  if (allowed_origins_.empty()) return;
  // The answer depends on Origin: caches must key on it.
  response.headers.emplace_back("Vary", "Origin");
  if (allowed(origin)) add_origin(*origin, response);
}

}  // namespace lys::http
