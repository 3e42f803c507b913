// The routes of the HTTP API (API.md): GraphQL, the probes and the metrics. Each
// turns a request into a Response; the server writes it and counts it.
#pragma once

#include <chrono>
#include <cstddef>

#include "http/client_address.h"
#include "http/cors.h"
#include "http/metrics.h"
#include "http/rate_limits.h"
#include "http/request.h"
#include "http/response.h"
#include "lys/auth/bearer.h"
#include "lys/db/database.h"
#include "lys/graphql/executor.h"

namespace lys::http {

struct Services {
  graphql::Executor& executor;
  const auth::BearerAuthenticator& authenticator;
  db::Database& database;
  const Metrics& metrics;
  RateLimits& rate_limits;
  const AddressSet& trusted_proxies;
  const CorsPolicy& cors;
  bool auth_cookies = false;  // the access cookie signs requests in; mutations need XSRF
};

// POST with a JSON body, or GET with the query string; OPTIONS answers CORS preflights;
// anything else is 405. Over a rate limit is 429; a bearer token that does not verify
// is 401 before the body is parsed. With auth cookies, a request without an
// Authorization header is signed in by its access cookie (anonymous when it does not
// verify: the client refreshes), and a mutation from a request carrying the access or
// refresh cookie needs the X-XSRF-Token header to match the XSRF cookie, else 403.
Response graphql_route(const Request& request, const Services& services,
                       std::chrono::steady_clock::time_point deadline);

Response healthz_route();
// 200 when a pooled connection answers `SELECT 1`, else 503.
Response readyz_route(const Services& services);
Response metrics_route(const Services& services);

}  // namespace lys::http
