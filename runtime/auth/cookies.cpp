#include "lys/auth/cookies.h"

#include <fmt/format.h>
#include <openssl/crypto.h>

#include "auth/random_bytes.h"
#include "codec/base64.h"

namespace lys::auth {

namespace {

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

}  // namespace

std::string set_cookie(std::string_view name, std::string_view value, std::int64_t max_age_seconds,
                       bool http_only, const CookiePolicy& policy) {
  return fmt::format("{}={}; Path=/; Max-Age={}{}{}; SameSite={}", name, value, max_age_seconds,
                     http_only ? "; HttpOnly" : "", policy.secure ? "; Secure" : "",
                     policy.same_site == SameSite::Strict ? "Strict" : "Lax");
}

std::optional<std::string_view> find_cookie(std::string_view cookie_header, std::string_view name) {
  // cookie-string = cookie-pair *( ";" SP cookie-pair ) (RFC 6265 §4.2.1); be lenient
  // about the spaces.
  while (!cookie_header.empty()) {
    std::size_t end = cookie_header.find(';');
    std::string_view pair = trimmed(cookie_header.substr(0, end));
    std::size_t equals = pair.find('=');
    if (equals != std::string_view::npos && trimmed(pair.substr(0, equals)) == name) {
      return trimmed(pair.substr(equals + 1));
    }
    if (end == std::string_view::npos) break;
    cookie_header.remove_prefix(end + 1);
  }
  return std::nullopt;
}

std::string new_xsrf_token() {
  return codec::base64url(random_bytes(32));
}

bool xsrf_matches(std::optional<std::string_view> header, std::optional<std::string_view> cookie) {
  if (!header || !cookie || header->empty() || header->size() != cookie->size()) return false;
  return CRYPTO_memcmp(header->data(), cookie->data(), header->size()) == 0;
}

}  // namespace lys::auth
