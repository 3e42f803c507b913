// The HTTP server: the routes of API.md served over lys's transport (transport.h),
// bound to one address, with bounded headers, bodies and timeouts, the same security
// headers on every response, and one handler that routes every request and catches
// everything. Stopping drains: new requests get 503 while those in flight finish, then
// the transport stops.
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
#include "http/response.h"
#include "http/transport.h"
#include "lys/auth/bearer.h"
#include "lys/db/database.h"
#include "lys/graphql/executor.h"

namespace lys::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0: any free port
  int threads = 8;  // requests served at once; connections are not bound to threads
  std::chrono::milliseconds keep_alive_timeout{5000};
  std::size_t max_connections = 4096;
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

class Server : private RequestHandler {
 public:
  // `caches` are reported on /metrics.
  Server(ServerOptions options, graphql::Executor& executor, db::Database& database,
         const auth::BearerAuthenticator& authenticator, std::vector<CacheSource> caches = {});
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;
  ~Server();

  // Starts listening; throws std::runtime_error when it cannot (port taken, bad host).
  void start();
  // The port listened on (the one chosen when ServerOptions::port is 0).
  int port() const { return transport_.port(); }
  // Answers new requests with 503 and waits for those in flight; false on timeout.
  bool drain(std::chrono::milliseconds timeout);
  void stop();

 private:
  Reply serve(const Request& request, std::chrono::steady_clock::time_point started) override;
  std::string refuse(int status, std::string_view reason) override;
  Response route(const Request& request, std::chrono::steady_clock::time_point started);
  Response internal_error(const char* detail) const;

  ServerOptions options_;
  graphql::Executor& executor_;
  db::Database& database_;
  const auth::BearerAuthenticator& authenticator_;
  Metrics metrics_;
  RateLimits rate_limits_;
  CorsPolicy cors_;
  std::string common_headers_;
  Transport transport_;
  std::atomic<int> in_flight_{0};
  std::atomic<bool> draining_{false};
};

}  // namespace lys::http
