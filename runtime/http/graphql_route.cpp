#include <civetweb.h>

#include <optional>
#include <string>
#include <string_view>

#include "http/graphql_request.h"
#include "http/request_body.h"
#include "http/routes.h"
#include "lys/auth/cookies.h"

namespace lys::http {

namespace {

Response bad_request(int status, std::string_view message) {
  return graphql_error_response(status, message, "BAD_USER_INPUT");
}

// RFC 6750 §3.1: the challenge names the error; the reason stays in the GraphQL error.
Response unauthenticated(std::string_view reason) {
  Response response = graphql_error_response(401, reason, "UNAUTHENTICATED");
  response.headers.emplace_back("WWW-Authenticate", R"(Bearer error="invalid_token")");
  return response;
}

// Who is calling and what the request may do, before its body is read.
struct Caller {
  auth::Authentication authentication;
  std::string cookies;  // the Cookie header, passed on when cookies carry tokens
  std::optional<graphql::Error> mutation_refusal;
};

graphql::Error xsrf_refusal(std::string_view reason) {
  graphql::Error error;
  error.message =
      "a request signed in by cookie must send the X-XSRF-Token header with the "
      "value of the XSRF-TOKEN cookie on every mutation";
  error.code = "FORBIDDEN";
  error.extensions.emplace_back("reason", std::string(reason));
  return error;
}

// Cookie transport: the bearer header wins; otherwise the access cookie, which a
// browser sends on its own, so a mutation must also prove it was written by a
// script of the site (double submit: header equal to the XSRF cookie).
Caller cookie_caller(mg_connection* connection, const Services& services) {
  Caller caller;
  const char* cookie_header = mg_get_header(connection, "Cookie");
  if (cookie_header == nullptr) return caller;
  caller.cookies = cookie_header;
  std::optional<std::string_view> access = auth::find_cookie(caller.cookies, auth::kAccessCookie);
  std::optional<std::string_view> refresh = auth::find_cookie(caller.cookies, auth::kRefreshCookie);
  if (!access && !refresh) return caller;
  const char* xsrf_header = mg_get_header(connection, std::string(auth::kXsrfHeader).c_str());
  std::optional<std::string_view> header;
  if (xsrf_header != nullptr) header = xsrf_header;
  if (!auth::xsrf_matches(header, auth::find_cookie(caller.cookies, auth::kXsrfCookie))) {
    caller.mutation_refusal = xsrf_refusal(header ? "XSRF_TOKEN_MISMATCH" : "XSRF_TOKEN_MISSING");
  }
  if (access) {
    auth::Authentication signed_in = services.authenticator.authenticate_user(*access);
    if (signed_in.ok()) caller.authentication = std::move(signed_in);
  }
  return caller;
}

Response execute(ParsedRequest parsed, Caller& caller, const Services& services) {
  if (const auto* error = std::get_if<RequestError>(&parsed)) {
    return bad_request(400, error->message);
  }
  graphql::Request& request = std::get<graphql::Request>(parsed);
  request.cookies = std::move(caller.cookies);
  request.mutation_refusal = std::move(caller.mutation_refusal);
  graphql::Response result = services.executor.execute(request, caller.authentication.session);
  Response response;
  response.status = result.http_status;
  response.content_type = kJson;
  response.body = std::move(result.body);
  if (response.status == 405) response.headers.emplace_back("Allow", "POST");
  for (std::string& cookie : result.set_cookies) {
    response.headers.emplace_back("Set-Cookie", std::move(cookie));
  }
  return response;
}

Response post(mg_connection* connection, Caller& caller, const Services& services,
              std::chrono::steady_clock::time_point deadline) {
  const char* content_type = mg_get_header(connection, "Content-Type");
  if (content_type == nullptr || !is_json_content_type(content_type)) {
    return bad_request(415, "the request body must be application/json");
  }
  BodyRead read = read_body(connection, services.max_body_bytes, deadline);
  switch (read.outcome) {
    case BodyRead::Outcome::TooLarge:
      return bad_request(413, "the request body is larger than the server accepts");
    case BodyRead::Outcome::Incomplete:
      return bad_request(400, "the request body is shorter than its Content-Length");
    case BodyRead::Outcome::Complete:
      break;
  }
  Response response = execute(parse_json_request(read.body), caller, services);
  response.request_body_read = true;
  return response;
}

}  // namespace

Response graphql_route(mg_connection* connection, const Services& services,
                       std::chrono::steady_clock::time_point deadline) {
  const mg_request_info* info = mg_get_request_info(connection);
  std::string_view method = info->request_method;
  if (method != "POST" && method != "GET") return method_not_allowed("GET, POST");
  const char* authorization = mg_get_header(connection, "Authorization");
  Caller caller;
  if (authorization != nullptr || !services.auth_cookies) {
    caller.authentication = services.authenticator.authenticate(authorization);
    if (!caller.authentication.ok()) return unauthenticated(caller.authentication.error);
  } else {
    caller = cookie_caller(connection, services);
  }
  if (method == "POST") return post(connection, caller, services, deadline);
  return execute(parse_query_string(info->query_string ? info->query_string : ""), caller,
                 services);
}

}  // namespace lys::http
