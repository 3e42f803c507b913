#include "http/caller.h"

#include <string_view>

#include "lys/auth/cookies.h"

namespace lys::http {

namespace {

graphql::Error xsrf_refusal(std::string_view reason) {
  graphql::Error error;
  error.message =
      "a request signed in by cookie must send the X-XSRF-Token header with the "
      "value of the XSRF-TOKEN cookie on every mutation";
  error.code = "FORBIDDEN";
  error.extensions.emplace_back("reason", std::string(reason));
  return error;
}

Caller cookie_caller(const Request& request, const Services& services) {
  Caller caller;
  std::optional<std::string_view> cookie_header = request.header("Cookie");
  if (!cookie_header) return caller;
  caller.cookies = *cookie_header;
  std::optional<std::string_view> access = auth::find_cookie(caller.cookies, auth::kAccessCookie);
  std::optional<std::string_view> refresh = auth::find_cookie(caller.cookies, auth::kRefreshCookie);
  if (!access && !refresh) return caller;
  std::optional<std::string_view> header = request.header(auth::kXsrfHeader);
  if (!auth::xsrf_matches(header, auth::find_cookie(caller.cookies, auth::kXsrfCookie))) {
    caller.mutation_refusal = xsrf_refusal(header ? "XSRF_TOKEN_MISMATCH" : "XSRF_TOKEN_MISSING");
  }
  if (access) {
    auth::Authentication signed_in = services.authenticator.authenticate_user(*access);
    if (signed_in.ok()) caller.authentication = std::move(signed_in);
  }
  return caller;
}

}  // namespace

Caller identify_caller(const Request& request, const Services& services) {
  std::optional<std::string_view> authorization = request.header("Authorization");
  if (!authorization && services.auth_cookies) return cookie_caller(request, services);
  Caller caller;
  caller.authentication = services.authenticator.authenticate(authorization);
  return caller;
}

}  // namespace lys::http
