#include <fmt/format.h>

#include <cstdio>
#include <optional>

#include "http/http_server.h"
#include "lys/graphql/executor.h"
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
  options.max_body_bytes = config.max_body_bytes;
  options.request_timeout = config.request_timeout;
  options.expose_internal_errors = config.environment == Environment::Dev;
  options.auth_cookies = config.auth_cookies;
  return options;
}

}  // namespace

int serve(const Config& config, const model::Model& model, const api::ExternRegistry& externs) {
  TokenKeys keys = load_token_keys(config);
  ShutdownSignal shutdown;
  shutdown.block();

  // The URL is never printed: it may carry a password.
  std::unique_ptr<db::Database> database = db::Database::open(database_options(config));

  graphql::ExecutorOptions executor_options;
  executor_options.introspection = !is_production_like(config.environment);
  executor_options.suggestions = !is_production_like(config.environment);
  std::unique_ptr<graphql::Executor> executor =
      graphql::Executor::create(model.sdl, executor_options);
  api::register_api(
      *executor, model, *database, externs,
      {.error_detail = config.environment == Environment::Dev, .sign_in = keys.sign_in});

  http::Server server(http_options(config), *executor, *database, keys.authenticator);
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
