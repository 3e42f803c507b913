#include <civetweb.h>

#include <string_view>

#include "http/caller.h"
#include "http/client_address.h"
#include "http/graphql_request.h"
#include "http/request_body.h"
#include "http/root_fields.h"
#include "http/routes.h"
#include "lys/db/deadline.h"

namespace lys::http {

namespace {

// The mutation that checks passwords: its own, stricter rate limit.
constexpr std::string_view kLoginField = "login";

Response bad_request(int status, std::string_view message) {
  return graphql_error_response(status, message, "BAD_USER_INPUT");
}

// RFC 6750 §3.1: the challenge names the error; the reason stays in the GraphQL error.
Response unauthenticated(std::string_view reason) {
  Response response = graphql_error_response(401, reason, "UNAUTHENTICATED");
  response.headers.emplace_back("WWW-Authenticate", R"(Bearer error="invalid_token")");
  return response;
}

// The request's parameters from a POST's JSON body, or the response refusing it.
std::variant<graphql::Request, Response> read_post(mg_connection* connection,
                                                   const Services& services,
                                                   std::chrono::steady_clock::time_point deadline) {
  const char* content_type = mg_get_header(connection, "Content-Type");
  if (content_type == nullptr || !is_json_content_type(content_type)) {
    return bad_request(415, "the request body must be application/json");
  }
  BodyRead read;
  {
    ReadWatchdog::Guard watched =
        services.read_watchdog.watch(*mg_get_request_info(connection), deadline);
    read = read_body(connection, services.max_body_bytes, deadline);
  }
  switch (read.outcome) {
    case BodyRead::Outcome::TooLarge:
      return bad_request(413, "the request body is larger than the server accepts");
    case BodyRead::Outcome::Incomplete:
      return bad_request(400, "the request body is shorter than its Content-Length");
    case BodyRead::Outcome::Complete:
      break;
  }
  ParsedRequest parsed = parse_json_request(read.body);
  if (auto* error = std::get_if<RequestError>(&parsed)) {
    Response response = bad_request(400, error->message);
    response.request_body_read = true;
    return response;
  }
  return std::get<graphql::Request>(std::move(parsed));
}

std::variant<graphql::Request, Response> read_get(const mg_request_info* info) {
  ParsedRequest parsed = parse_query_string(info->query_string ? info->query_string : "");
  if (auto* error = std::get_if<RequestError>(&parsed)) return bad_request(400, error->message);
  return std::get<graphql::Request>(std::move(parsed));
}

// The request's deadline bounds its database work too (lys/db/deadline.h).
Response execute(graphql::Request& request, Caller& caller, const Services& services,
                 std::chrono::steady_clock::time_point deadline) {
  request.cookies = std::move(caller.cookies);
  request.mutation_refusal = std::move(caller.mutation_refusal);
  db::RequestDeadline database_deadline(deadline);
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

// Rate limits first, so refusing costs little: the client address before the token is
// verified, the user before the body is read, sign-in attempts once the document shows one.
Response answer(mg_connection* connection, const Services& services,
                std::chrono::steady_clock::time_point deadline) {
  const mg_request_info* info = mg_get_request_info(connection);
  std::string_view method = info->request_method;
  if (method != "POST" && method != "GET") return method_not_allowed("GET, POST, OPTIONS");
  std::string address = client_address(
      info->remote_addr, mg_get_header(connection, "X-Forwarded-For"), services.trusted_proxies);
  if (auto limited = services.rate_limits.take_for_address(address)) return *limited;
  Caller caller = identify_caller(connection, services);
  if (!caller.authentication.ok()) return unauthenticated(caller.authentication.error);
  if (const auto& user = caller.authentication.session.user_id) {
    if (auto limited = services.rate_limits.take_for_user(*user)) return *limited;
  }
  auto read = method == "POST" ? read_post(connection, services, deadline) : read_get(info);
  if (auto* refused = std::get_if<Response>(&read)) return std::move(*refused);
  auto& request = std::get<graphql::Request>(read);
  std::optional<Response> limited;
  if (selects_root_mutation(request, kLoginField)) {
    limited = services.rate_limits.take_for_login(address);
  }
  Response response = limited ? std::move(*limited) : execute(request, caller, services, deadline);
  response.request_body_read = method == "POST";
  return response;
}

}  // namespace

Response graphql_route(mg_connection* connection, const Services& services,
                       std::chrono::steady_clock::time_point deadline) {
  const char* origin = mg_get_header(connection, "Origin");
  if (std::string_view(mg_get_request_info(connection)->request_method) == "OPTIONS") {
    return services.cors.preflight(origin,
                                   mg_get_header(connection, "Access-Control-Request-Method"));
  }
  Response response = answer(connection, services, deadline);
  services.cors.grant(origin, response);
  return response;
}

}  // namespace lys::http
