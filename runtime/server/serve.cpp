#include <fmt/format.h>

#include <cstdio>
#include <optional>

#include "http/http_server.h"
#include "lys/graphql/executor.h"
#include "lys/query/global_id.h"
#include "query/page_arguments.h"
#include "server/commands.h"
#include "server/shutdown_signal.h"
#include "server/token_keys.h"

namespace lys::server {

namespace {

bool is_production_like(Environment environment) {
  return environment == Environment::Preprod || environment == Environment::Prod;
}

http::ServerOptions http_options(const Config& config) {
  http::ServerOptions options;
  options.host = config.host;
  options.port = config.port;
  options.threads = config.http_threads;
  options.keep_alive_timeout = config.keep_alive_timeout;
  options.max_connections = config.max_connections;
  options.max_body_bytes = config.max_body_bytes;
  options.request_timeout = config.request_timeout;
  options.expose_internal_errors = config.environment == Environment::Dev;
  options.max_header_bytes = config.max_header_bytes;
  options.rate_limits = {.per_address = config.rate_limit_ip,
                         .per_user = config.rate_limit_user,
                         .login = config.rate_limit_login,
                         .max_keys = config.rate_limit_max_keys};
  options.trusted_proxies = http::AddressSet::parse(config.trusted_proxies).value();
  options.cors_origins = config.cors_origins;
  // HSTS only where the server is reached over HTTPS: a year in preprod and prod.
  constexpr int kYear = 365 * 24 * 3600;
  options.hsts_max_age_seconds =
      config.hsts_max_age_seconds.value_or(is_production_like(config.environment) ? kYear : 0);
  options.auth_cookies = config.auth_cookies;
  return options;
}

// Seals global ids and cursors with LYS_ID_KEY, else with a key derived from
// LYS_SECRET_KEY (a label of its own keeps it apart from the token key). Without
// either, ids would change at every restart: refused in preprod and prod, a warning in
// dev and demo.
void install_id_key(const Config& config) {
  const std::string& secret = config.id_key.empty() ? config.secret_key : config.id_key;
  if (!secret.empty()) {
    query::set_id_secret(secret);
  } else if (is_production_like(config.environment)) {
    throw UsageError("LYS_ID_KEY (or LYS_SECRET_KEY) is required in " +
                     std::string(environment_name(config.environment)) +
                     ": global ids and cursors are sealed with it");
  } else {
    std::fprintf(stderr,
                 "lys: neither LYS_ID_KEY nor LYS_SECRET_KEY is set: global ids and cursors "
                 "will not survive a restart\n");
  }
}

}  // namespace

int serve(const Config& config, const model::Model& model, const api::ExternRegistry& externs) {
  TokenKeys keys = load_token_keys(config);
  install_id_key(config);
  ShutdownSignal shutdown;
  shutdown.block();

  // The URL is never printed: it may carry a password.
  std::unique_ptr<db::Database> database = db::Database::open(database_options(config));

  graphql::ExecutorOptions executor_options;
  executor_options.introspection = !is_production_like(config.environment);
  executor_options.suggestions = !is_production_like(config.environment);
  executor_options.limits = config.query_limits;
  executor_options.limits.max_page_size = query::kMaxPageSize;
  executor_options.limits.default_page_size = query::kDefaultPageSize;
  std::unique_ptr<graphql::Executor> executor =
      graphql::Executor::create(model.sdl, executor_options);
  std::shared_ptr<const query::Planner> planner = api::register_api(
      *executor, model, *database, externs,
      {.error_detail = config.environment == Environment::Dev, .sign_in = keys.sign_in});

  http::Server server(
      http_options(config), *executor, *database, keys.authenticator,
      {{"graphql_documents", [&executor] { return executor->document_cache_stats(); }},
       {"query_plans", [planner] { return planner->cache_stats(); }}});
  server.start();
  std::printf("listening on http://%s:%d\n", config.host.c_str(), server.port());
  std::fflush(stdout);

  int signal = shutdown.wait();
  std::fprintf(stderr, "lys: signal %d: finishing requests in flight\n", signal);
  if (!server.drain(config.shutdown_timeout)) {
    std::fprintf(stderr, "lys: requests still running after %lld ms; stopping anyway\n",
                 static_cast<long long>(config.shutdown_timeout.count()));
  }
  server.stop();
  return kExitOk;
}

}  // namespace lys::server
