// The HTTP server: CivetWeb configured safely (no files served, no directory
// listing, no websockets, no CORS of its own, bounded headers and timeouts, bound to
// one address), the same security headers on every response, one
// handler that routes every request and catches everything, since no exception may
// cross CivetWeb's C callbacks. Stopping drains: new requests get 503 while those in
// flight finish, then CivetWeb stops.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

#include "http/client_address.h"
#include "http/cors.h"
#include "http/metrics.h"
#include "http/rate_limits.h"
#include "http/read_watchdog.h"
#include "http/response.h"
#include "lys/auth/bearer.h"
#include "lys/db/database.h"
#include "lys/graphql/executor.h"

struct mg_connection;
struct mg_context;

namespace lys::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0: any free port
  int threads = 16;
  std::size_t max_body_bytes = 1024 * 1024;
  std::chrono::milliseconds request_timeout{10000};
  bool expose_internal_errors = false;   // dev only: an INTERNAL error carries its detail
  std::size_t max_header_bytes = 16384;  // the request line and headers
  RateLimitOptions rate_limits;
  AddressSet trusted_proxies;  // peers whose X-Forwarded-For is believed
  std::vector<std::string> cors_origins;
  int hsts_max_age_seconds = 0;  // 0: no Strict-Transport-Security
  bool auth_cookies = false;     // sign-in by cookie (routes.h)
};

class Server {
 public:
  Server(ServerOptions options, graphql::Executor& executor, db::Database& database,
         const auth::BearerAuthenticator& authenticator);
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;
  ~Server();

  // Starts listening; throws std::runtime_error when it cannot (port taken, bad host).
  void start();
  // The port listened on (the one chosen when ServerOptions::port is 0).
  int port() const { return port_; }
  // Answers new requests with 503 and waits for those in flight; false on timeout.
  bool drain(std::chrono::milliseconds timeout);
  void stop();

 private:
  static int on_request(mg_connection* connection);
  void handle(mg_connection* connection);
  Response route(mg_connection* connection, std::chrono::steady_clock::time_point started);
  Response internal_error(const char* detail) const;

  ServerOptions options_;
  graphql::Executor& executor_;
  db::Database& database_;
  const auth::BearerAuthenticator& authenticator_;
  Metrics metrics_;
  RateLimits rate_limits_;
  CorsPolicy cors_;
  ReadWatchdog read_watchdog_;
  std::string common_headers_;
  mg_context* context_ = nullptr;
  int port_ = 0;
  std::atomic<int> in_flight_{0};
  std::atomic<bool> draining_{false};
};

}  // namespace lys::http
