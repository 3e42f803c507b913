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

namespace lys::http {

namespace {

// CivetWeb's options; everything not set here keeps a default that serves nothing
// without a document_root.
std::vector<std::string> civetweb_options(const ServerOptions& options) {
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
      "16384",  // the request line and headers
      "enable_keep_alive",
      "no",  // every response closes: an unread body never becomes a request
      "enable_directory_listing",
      "no",
      "decode_url",
      "yes",
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

}  // namespace

Server::Server(ServerOptions options, graphql::Executor& executor, db::Database& database)
    : options_(std::move(options)), executor_(executor), database_(database) {}

Server::~Server() {
  stop();
}

void Server::start() {
  mg_init_library(0);
  std::vector<std::string> option_texts = civetweb_options(options_);
  std::vector<const char*> option_pointers;
  for (const std::string& text : option_texts) option_pointers.push_back(text.c_str());
  option_pointers.push_back(nullptr);

  mg_callbacks callbacks{};
  callbacks.log_message = log_message;
  std::array<char, 256> error_text{};
  mg_init_data init{};
  init.callbacks = &callbacks;
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
  mg_set_request_handler(context_, "**", &Server::on_request, this);

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

int Server::on_request(mg_connection* connection, void* self) {
  static_cast<Server*>(self)->handle(connection);
  return 1;  // a status code was sent: CivetWeb adds nothing
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
  try {
    send(connection, response, is_head(mg_get_request_info(connection)->request_method));
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
  Services services{executor_, database_, metrics_, options_.max_body_bytes};
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
