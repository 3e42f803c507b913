#include <civetweb.h>

#include <string_view>

#include "http/graphql_request.h"
#include "http/request_body.h"
#include "http/routes.h"

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

Response execute(const ParsedRequest& parsed, const access::Session& session,
                 const Services& services) {
  if (const auto* error = std::get_if<RequestError>(&parsed)) {
    return bad_request(400, error->message);
  }
  graphql::Response result = services.executor.execute(std::get<graphql::Request>(parsed), session);
  Response response;
  response.status = result.http_status;
  response.content_type = kJson;
  response.body = std::move(result.body);
  if (response.status == 405) response.headers.emplace_back("Allow", "POST");
  return response;
}

Response post(mg_connection* connection, const access::Session& session, const Services& services,
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
  Response response = execute(parse_json_request(read.body), session, services);
  response.request_body_read = true;
  return response;
}

}  // namespace

Response graphql_route(mg_connection* connection, const Services& services,
                       std::chrono::steady_clock::time_point deadline) {
  const mg_request_info* info = mg_get_request_info(connection);
  std::string_view method = info->request_method;
  if (method != "POST" && method != "GET") return method_not_allowed("GET, POST");
  auth::Authentication caller =
      services.authenticator.authenticate(mg_get_header(connection, "Authorization"));
  if (!caller.ok()) return unauthenticated(caller.error);
  if (method == "POST") return post(connection, caller.session, services, deadline);
  return execute(parse_query_string(info->query_string ? info->query_string : ""), caller.session,
                 services);
}

}  // namespace lys::http
