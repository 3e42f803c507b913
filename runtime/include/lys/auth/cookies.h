// Tokens carried in cookies, for browsers: the access and refresh tokens in HttpOnly
// cookies a script cannot read, and a readable XSRF token the client echoes in the
// X-XSRF-Token header of every mutation (the double-submit pattern), since a
// cross-site request carries the cookies but cannot read them to forge the header.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lys::auth {

inline constexpr std::string_view kAccessCookie = "lys_access";
inline constexpr std::string_view kRefreshCookie = "lys_refresh";
inline constexpr std::string_view kXsrfCookie = "XSRF-TOKEN";
inline constexpr std::string_view kXsrfHeader = "X-XSRF-Token";

enum class SameSite { Strict, Lax };

struct CookiePolicy {
  SameSite same_site = SameSite::Strict;
  // Only ever false in dev on a loopback address: browsers drop Secure cookies over
  // plain http, except on localhost.
  bool secure = true;
};

// The Set-Cookie value (RFC 6265 §4.1) of a cookie for the whole site (Path=/);
// `max_age_seconds` 0 deletes it. `http_only`: hidden from scripts.
std::string set_cookie(std::string_view name, std::string_view value, std::int64_t max_age_seconds,
                       bool http_only, const CookiePolicy& policy);

// The value of cookie `name` in a Cookie request header, or nullopt.
std::optional<std::string_view> find_cookie(std::string_view cookie_header, std::string_view name);

// A new XSRF token: 32 random bytes, base64url.
std::string new_xsrf_token();

// Whether the XSRF header matches the XSRF cookie, compared in constant time; false
// when either is missing or empty.
bool xsrf_matches(std::optional<std::string_view> header, std::optional<std::string_view> cookie);

}  // namespace lys::auth
