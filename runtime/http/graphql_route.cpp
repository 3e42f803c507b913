#include <string_view>

#include "http/caller.h"
#include "http/client_address.h"
#include "http/graphql_request.h"
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
std::variant<graphql::Request, Response> read_post(const Request& http_request) {
  std::optional<std::string_view> content_type = http_request.header("Content-Type");
  if (!content_type || !is_json_content_type(*content_type)) {
    return bad_request(415, "the request body must be application/json");
  }
  ParsedRequest parsed = parse_json_request(http_request.body());
  if (auto* error = std::get_if<RequestError>(&parsed)) {
    Response response = bad_request(400, error->message);
    response.request_body_read = true;
    return response;
  }
  return std::get<graphql::Request>(std::move(parsed));
}

std::variant<graphql::Request, Response> read_get(const Request& http_request) {
  ParsedRequest parsed = parse_query_string(http_request.query_string);
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
Response answer(const Request& http_request, const Services& services,
                std::chrono::steady_clock::time_point deadline) {
  std::string_view method = http_request.method;
  if (method != "POST" && method != "GET") return method_not_allowed("GET, POST, OPTIONS");
  std::string address = client_address(http_request.peer, http_request.header("X-Forwarded-For"),
                                       services.trusted_proxies);
  if (auto limited = services.rate_limits.take_for_address(address)) return *limited;
  Caller caller = identify_caller(http_request, services);
  if (!caller.authentication.ok()) return unauthenticated(caller.authentication.error);
  if (const auto& user = caller.authentication.session.user_id) {
    if (auto limited = services.rate_limits.take_for_user(*user)) return *limited;
  }
  auto read = method == "POST" ? read_post(http_request) : read_get(http_request);
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

Response graphql_route(const Request& request, const Services& services,
                       std::chrono::steady_clock::time_point deadline) {
  std::optional<std::string_view> origin = request.header("Origin");
  if (request.method == "OPTIONS") {
    return services.cors.preflight(origin, request.header("Access-Control-Request-Method"));
  }
  Response response = answer(request, services, deadline);
  services.cors.grant(origin, response);
  return response;
}

}  // namespace lys::http
