#include "http/http_server.h"

#include <civetweb.h>
#include <fmt/format.h>

#include <array>
#include <cstdio>
#include <stdexcept>
#include <string_view>
#include <thread>
#include <vector>

#include "http/routes.h"
#include "http/security_headers.h"

namespace lys::http {

namespace {

// CivetWeb's options; everything not set here keeps a default that serves nothing
// without a document_root. CivetWeb's code for files, directories, forms and websockets
// (with known flaws in 1.15) is never reached: no document_root, no form handler, no
// websocket handler, and every request goes to Server::handle before CivetWeb looks at
// its URI (begin_request).
std::vector<std::string> civetweb_options(const ServerOptions& options,
                                          const std::string& common_headers) {
  bool ipv6 = options.host.find(':') != std::string::npos;
  std::string address = ipv6 ? fmt::format("[{}]", options.host) : options.host;
  return {
      "listening_ports",
      fmt::format("{}:{}", address, options.port),
      "num_threads",
      std::to_string(options.threads),
      "request_timeout_ms",
      std::to_string(options.request_timeout.count()),
      "max_request_size",
      std::to_string(options.max_header_bytes),  // the request line and headers
      "enable_keep_alive",
      "yes",  // unless a body was left unread: see Server::handle
      "keep_alive_timeout_ms",
      "500",  // an idle connection holds a worker thread at most this long
      "tcp_nodelay",
      "1",  // responses are written whole: nothing to gain from Nagle's delay
      "enable_directory_listing",
      "no",
      "decode_url",
      "yes",
      // CivetWeb answers preflights itself with `Access-Control-Allow-Origin: *` unless
      // these are empty; lys's CorsPolicy answers them instead.
      "access_control_allow_origin",
      "",
      "access_control_allow_methods",
      "",
      "access_control_allow_headers",
      "",
      // On the error pages CivetWeb writes itself (malformed requests, headers too large).
      "additional_header",
      common_headers.substr(0, common_headers.size() - 2),
  };
}

int log_message(const mg_connection*, const char* message) {
  std::fprintf(stderr, "lys: http: %s\n", message);
  return 1;  // handled: CivetWeb writes no log of its own
}

bool is_head(std::string_view method) {
  return method == "HEAD";
}

bool get_or_head(std::string_view method) {
  return method == "GET" || is_head(method);
}

// Whether the comma-separated header value lists `token` (case-insensitive).
bool lists_token(std::string_view value, std::string_view token) {
  while (!value.empty()) {
    std::size_t comma = value.find(',');
    std::string_view item = value.substr(0, comma);
    value = comma == std::string_view::npos ? std::string_view() : value.substr(comma + 1);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (item.size() == token.size() &&
        mg_strncasecmp(item.data(), token.data(), token.size()) == 0) {
      return true;
    }
  }
  return false;
}

// Whether the client lets the connection stay open: HTTP/1.1 unless it says
// `Connection: close`, HTTP/1.0 only when it asks for keep-alive (RFC 9112 §9.3).
bool client_keeps_alive(const mg_request_info* info) {
  std::string_view connection;
  for (int i = 0; i < info->num_headers; ++i) {
    if (mg_strcasecmp(info->http_headers[i].name, "Connection") == 0) {
      connection = info->http_headers[i].value;
    }
  }
  if (std::string_view(info->http_version) == "1.1") return !lists_token(connection, "close");
  return lists_token(connection, "keep-alive");
}

}  // namespace

Server::Server(ServerOptions options, graphql::Executor& executor, db::Database& database,
               const auth::BearerAuthenticator& authenticator)
    : options_(std::move(options)),
      executor_(executor),
      database_(database),
      authenticator_(authenticator),
      rate_limits_(options_.rate_limits),
      cors_(options_.cors_origins),
      common_headers_(security_headers(options_.hsts_max_age_seconds)) {}

Server::~Server() {
  stop();
}

void Server::start() {
  mg_init_library(0);
  std::vector<std::string> option_texts = civetweb_options(options_, common_headers_);
  std::vector<const char*> option_pointers;
  for (const std::string& text : option_texts) option_pointers.push_back(text.c_str());
  option_pointers.push_back(nullptr);

  mg_callbacks callbacks{};
  callbacks.log_message = log_message;
  // Every request is lys's from its first step: CivetWeb's own URI interpretation, CORS,
  // websocket upgrade, form, file and password-file handling are never reached.
  callbacks.begin_request = &Server::on_request;
  std::array<char, 256> error_text{};
  mg_init_data init{};
  init.callbacks = &callbacks;
  init.user_data = this;
  init.configuration_options = option_pointers.data();
  mg_error_data error{};
  error.text = error_text.data();
  error.text_buffer_size = error_text.size();
  context_ = mg_start2(&init, &error);
  if (context_ == nullptr) {
    mg_exit_library();
    throw std::runtime_error(
        fmt::format("cannot listen on {}:{}: {}", options_.host, options_.port, error_text.data()));
  }

  std::array<mg_server_port, 4> ports{};
  int count = mg_get_server_ports(context_, static_cast<int>(ports.size()), ports.data());
  port_ = count > 0 ? ports[0].port : options_.port;
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
  if (context_ == nullptr) return;
  mg_stop(context_);
  context_ = nullptr;
  mg_exit_library();
}

int Server::on_request(mg_connection* connection) {
  static_cast<Server*>(mg_get_request_info(connection)->user_data)->handle(connection);
  return 1;  // handled: CivetWeb adds nothing
}

void Server::handle(mg_connection* connection) {
  auto started = std::chrono::steady_clock::now();
  in_flight_.fetch_add(1);
  Response response;
  try {
    response = draining_ ? text_response(503, "shutting down\n") : route(connection, started);
  } catch (const std::exception& error) {
    response = internal_error(error.what());
  } catch (...) {
    response = internal_error("unknown exception");
  }
  const mg_request_info* info = mg_get_request_info(connection);
  // A body the route did not read (413, 415, a lying Content-Length, a body sent to
  // a probe) must never be parsed as the next request: close after this response.
  // (CivetWeb reports -1 for a chunked body and for none at all.)
  bool has_body = info->content_length > 0 ||
                  (info->content_length < 0 && mg_get_header(connection, "Transfer-Encoding"));
  bool unread_body = has_body && !response.request_body_read;
  bool keep_alive = !draining_ && !unread_body && client_keeps_alive(info);
  if (!keep_alive) mg_disable_connection_keep_alive(connection);
  try {
    send(connection, response, common_headers_, is_head(info->request_method), keep_alive);
  } catch (...) {
    // Out of memory while writing: the connection closes without a response.
  }
  metrics_.record(response.status, std::chrono::steady_clock::now() - started);
  in_flight_.fetch_sub(1);
}

Response Server::route(mg_connection* connection, std::chrono::steady_clock::time_point started) {
  const mg_request_info* info = mg_get_request_info(connection);
  std::string_view path = info->local_uri ? info->local_uri : "";
  std::string_view method = info->request_method;
  Services services{
      executor_,    authenticator_,           database_, metrics_,       options_.max_body_bytes,
      rate_limits_, options_.trusted_proxies, cors_,     read_watchdog_, options_.auth_cookies};
  if (path == "/graphql") {
    return graphql_route(connection, services, started + options_.request_timeout);
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
