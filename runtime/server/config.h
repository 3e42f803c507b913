// The server's configuration: defaults, overridden by LYS_* environment variables,
// overridden by command-line flags. Every setting has an environment variable; the
// ones an operator changes per run also have a flag. Invalid values are usage errors.
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "http/client_address.h"
#include "http/cors.h"
#include "http/rate_limits.h"
#include "lys/auth/cookies.h"
#include "lys/auth/jwt_key.h"
#include "lys/db/database.h"
#include "lys/graphql/query_limits.h"

namespace lys::server {

enum class Environment { Dev, Demo, Preprod, Prod };

std::string_view environment_name(Environment environment);

struct Config {
  std::string database_url = "sqlite:lys.db";
  std::string host = "127.0.0.1";
  int port = 8080;  // 0: any free port (the server prints the one it got)
  Environment environment = Environment::Dev;
  std::filesystem::path migrations_dir = "migrations";
  std::size_t max_body_bytes = 1024 * 1024;
  std::chrono::milliseconds request_timeout{10000};
  int pool_size = 8;
  std::chrono::milliseconds statement_timeout{5000};
  int http_threads = 8;
  std::chrono::milliseconds keep_alive_timeout{5000};
  std::size_t max_connections = 4096;
  std::chrono::milliseconds shutdown_timeout{10000};

  // Access tokens: HS256 with `secret_key`, or RS256 / ES256 with the PEM file
  // `token_key_file`. Never printed.
  std::string secret_key;
  std::filesystem::path token_key_file;
  auth::Algorithm token_algorithm = auth::Algorithm::hs256;
  std::string token_issuer = "lys";
  std::string token_audience = "lys";
  int token_clock_skew_seconds = 30;

  // HTTP hardening: rate limits, client addresses behind proxies, CORS, security
  // headers and the request line's size.
  http::RateLimitSettings rate_limit_ip{1200, 60};   // every /graphql request, per address
  http::RateLimitSettings rate_limit_user{600, 60};  // authenticated requests, per user
  http::RateLimitSettings rate_limit_login{10, 60};  // operations with a root `login`
  std::size_t rate_limit_max_keys = 100'000;         // buckets kept per limit
  std::vector<std::string> trusted_proxies;          // addresses or CIDRs
  std::vector<std::string> cors_origins;             // exact origins; empty: no CORS
  std::optional<int> hsts_max_age_seconds;           // unset: on in preprod and prod only
  std::size_t max_header_bytes = 16384;              // request line and headers

  // GraphQL operation limits: past them a request is TOO_COMPLEX before any SQL runs.
  graphql::QueryLimits query_limits;
  // The secret global ids and cursors are sealed with (a key derived from it); when
  // empty, one derived from `secret_key`. Never printed.
  std::string id_key;

  // Signing in (the auth app): the lifetimes of the tokens this server issues, the
  // cookie transport, and the tokens of internal services, which have their own key
  // and audience so that a user token never passes as a service's, nor the reverse.
  int access_token_lifetime_seconds = 15 * 60;
  int refresh_token_lifetime_seconds = 14 * 24 * 3600;
  bool auth_cookies = false;  // tokens in HttpOnly cookies instead of the response body
  auth::SameSite cookie_same_site = auth::SameSite::Strict;
  bool insecure_cookies = false;  // no Secure attribute: dev on a loopback host only
  std::string internal_secret_key;
  std::filesystem::path internal_token_key_file;
  auth::Algorithm internal_token_algorithm = auth::Algorithm::hs256;
  std::string internal_token_issuer = "lys";
  std::string internal_token_audience = "lys-internal";
};

// A command line or environment that cannot be understood; exit code 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The commands, as a bit set: which settings apply to which command.
enum Command : unsigned {
  kServe = 1,
  kMigrate = 2,
  kFixtures = 4,
  kSchema = 8,
  kUsers = 16,
};

// Reads the LYS_* variables that apply to `command` from the environment, then the
// flags among `arguments` ("--port 8081" or "--port=8081"). Returns the arguments
// that are not flags (a subcommand and its operands), in order.
std::vector<std::string> configure(Config& config, Command command,
                                   const std::vector<std::string>& arguments);

// The pool settings of the configuration.
db::DatabaseOptions database_options(const Config& config);

// The "Options" and "Environment" sections of a command's --help.
std::string settings_help(Command command);

}  // namespace lys::server
