#include "support/sign_in.h"

#include <strings.h>

#include "lys/auth/password.h"

namespace lys::e2e {

namespace {

std::string optional_argument(const std::optional<std::string>& token) {
  return token ? json_string(*token) : "null";
}

}  // namespace

void set_password(Catalog& catalog, const std::string& email, const std::string& password) {
  // The hash's alphabet (base64url, digits, '$', '-') needs no SQL escaping.
  SqlProbe(catalog.database().url())
      .execute("UPDATE auth_user SET password_hash = '" + auth::hash_password(password, 1000) +
               "' WHERE email = '" + email + "'");
}

HttpResponse post_with_headers(TestServer& server, const std::string& query,
                               const std::vector<std::pair<std::string, std::string>>& headers) {
  HttpRequest request{"POST", "/graphql", {{"Content-Type", "application/json"}}, {}};
  request.headers.insert(request.headers.end(), headers.begin(), headers.end());
  request.body = "{\"query\":" + json_string(query) + "}";
  return send_request(server.port(), request);
}

HttpResponse login(TestServer& server, const std::string& email, const std::string& password,
                   const std::vector<std::pair<std::string, std::string>>& headers) {
  return post_with_headers(server,
                           "mutation { login(email: " + json_string(email) + ", password: " +
                               json_string(password) + ") { " + kAuthPayload + " } }",
                           headers);
}

HttpResponse refresh(TestServer& server, const std::optional<std::string>& token,
                     const std::vector<std::pair<std::string, std::string>>& headers) {
  return post_with_headers(
      server,
      "mutation { refreshToken(token: " + optional_argument(token) + ") { " + kAuthPayload + " } }",
      headers);
}

HttpResponse logout(TestServer& server, const std::optional<std::string>& token,
                    const std::vector<std::pair<std::string, std::string>>& headers) {
  return post_with_headers(
      server, "mutation { logout(token: " + optional_argument(token) + ") { revoked } }", headers);
}

std::vector<std::string> set_cookies(const HttpResponse& response) {
  std::vector<std::string> cookies;
  for (const auto& [name, value] : response.headers) {
    if (strcasecmp(name.c_str(), "Set-Cookie") == 0) cookies.push_back(value);
  }
  return cookies;
}

std::optional<std::string> cookie_value(const HttpResponse& response, const std::string& name) {
  for (const std::string& cookie : set_cookies(response)) {
    if (cookie.starts_with(name + "=")) {
      return cookie.substr(name.size() + 1, cookie.find(';') - name.size() - 1);
    }
  }
  return std::nullopt;
}

}  // namespace lys::e2e
