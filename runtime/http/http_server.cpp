#include "http/http_server.h"

#include <fmt/format.h>

#include <string_view>
#include <thread>

#include "http/routes.h"
#include "http/security_headers.h"

namespace lys::http {

namespace {

bool is_head(std::string_view method) {
  return method == "HEAD";
}

bool get_or_head(std::string_view method) {
  return method == "GET" || is_head(method);
}

// Whether the client lets the connection stay open: HTTP/1.1 unless it says
// `Connection: close`, HTTP/1.0 only when it asks for keep-alive (RFC 9112 §9.3).
bool client_keeps_alive(const Request& request) {
  std::string_view connection = request.header("Connection").value_or("");
  if (request.minor_version == 1) return !lists_token(connection, "close");
  return lists_token(connection, "keep-alive");
}

TransportOptions transport_options(const ServerOptions& options) {
  TransportOptions transport;
  transport.host = options.host;
  transport.port = options.port;
  transport.threads = options.threads;
  transport.keep_alive_timeout = options.keep_alive_timeout;
  transport.max_connections = options.max_connections;
  transport.limits = {.max_head_bytes = options.max_header_bytes,
                      .max_body_bytes = options.max_body_bytes};
  transport.request_timeout = options.request_timeout;
  return transport;
}

}  // namespace

Server::Server(ServerOptions options, graphql::Executor& executor, db::Database& database,
               const auth::BearerAuthenticator& authenticator, std::vector<CacheSource> caches)
    : options_(std::move(options)),
      executor_(executor),
      database_(database),
      authenticator_(authenticator),
      metrics_(std::move(caches)),
      rate_limits_(options_.rate_limits),
      cors_(options_.cors_origins),
      common_headers_(security_headers(options_.hsts_max_age_seconds)),
      transport_(transport_options(options_), *this) {}

Server::~Server() {
  stop();
}

void Server::start() {
  transport_.start();
}

bool Server::drain(std::chrono::milliseconds timeout) {
  draining_ = true;
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (in_flight_.load() > 0) {
    if (std::chrono::steady_clock::now() >= deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return true;
}

void Server::stop() {
  transport_.stop();
}

RequestHandler::Reply Server::serve(const Request& request,
                                    std::chrono::steady_clock::time_point started) {
  in_flight_.fetch_add(1);
  Response response;
  try {
    response = draining_ ? text_response(503, "shutting down\n") : route(request, started);
  } catch (const std::exception& error) {
    response = internal_error(error.what());
  } catch (...) {
    response = internal_error("unknown exception");
  }
  // A body the route did not use (413, 415, a body sent to a probe) comes from a client
  // that is not speaking to lys as documented: close after this response.
  bool unused_body = request.has_body && !response.request_body_read;
  Reply reply;
  reply.keep_alive = !draining_ && !unused_body && client_keeps_alive(request);
  try {
    reply.bytes = serialize(response, common_headers_, is_head(request.method), reply.keep_alive);
  } catch (...) {
    reply.keep_alive = false;  // out of memory: the connection closes without a response
  }
  metrics_.record(response.status, std::chrono::steady_clock::now() - started);
  in_flight_.fetch_sub(1);
  return reply;
}

std::string Server::refuse(int status, std::string_view reason) {
  try {
    std::string bytes = serialize(graphql_error_response(status, reason, "BAD_USER_INPUT"),
                                  common_headers_, /*head_request=*/false, /*keep_alive=*/false);
    metrics_.record(status, std::chrono::steady_clock::duration::zero());
    return bytes;
  } catch (...) {
    return {};
  }
}

Response Server::route(const Request& request, std::chrono::steady_clock::time_point started) {
  std::string_view path = request.path;
  std::string_view method = request.method;
  Services services{executor_,    authenticator_,           database_, metrics_,
                    rate_limits_, options_.trusted_proxies, cors_,     options_.auth_cookies};
  if (path == "/graphql") {
    return graphql_route(request, services, started + options_.request_timeout);
  }
  if (path == "/healthz" || path == "/readyz" || path == "/metrics") {
    if (!get_or_head(method)) return method_not_allowed("GET, HEAD");
    if (path == "/healthz") return healthz_route();
    if (path == "/readyz") return readyz_route(services);
    return metrics_route(services);
  }
  return text_response(404, "not found\n");
}

Response Server::internal_error(const char* detail) const {
  std::string message = options_.expose_internal_errors ? fmt::format("internal error: {}", detail)
                                                        : std::string("internal error");
  return graphql_error_response(500, message, "INTERNAL");
}

}  // namespace lys::http
