#include "server/config.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>

namespace lys::server {

namespace {

// One configurable value: its flag (empty when only the environment sets it), its
// environment variable, the commands it applies to, and how a text sets it.
struct Setting {
  std::string_view flag;
  std::string_view variable;
  std::string_view value_name;
  std::string_view help;
  unsigned commands;
  void (*apply)(Config& config, const std::string& value);
};

[[noreturn]] void invalid(const std::string& value, std::string_view expected) {
  throw UsageError(fmt::format("invalid value '{}': expected {}", value, expected));
}

long long integer_in(const std::string& value, long long low, long long high,
                     std::string_view expected) {
  long long result = 0;
  auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), result);
  if (error != std::errc() || end != value.data() + value.size() || result < low || result > high) {
    invalid(value, expected);
  }
  return result;
}

std::chrono::milliseconds milliseconds(const std::string& value) {
  return std::chrono::milliseconds(
      integer_in(value, 1, 24LL * 3600 * 1000, "a number of milliseconds from 1 to 86400000"));
}

int count(const std::string& value) {
  return static_cast<int>(integer_in(value, 1, 1024, "a number from 1 to 1024"));
}

// A limit: a count up to `high`, or 0 for none.
std::size_t limit(const std::string& value, long long high) {
  return static_cast<std::size_t>(
      integer_in(value, 0, high, fmt::format("a number from 0 (no limit) to {}", high)));
}

std::string non_empty(const std::string& value, std::string_view expected) {
  if (value.empty()) invalid(value, expected);
  return value;
}

Environment parse_environment(const std::string& value) {
  if (value == "dev") return Environment::Dev;
  if (value == "demo") return Environment::Demo;
  if (value == "preprod") return Environment::Preprod;
  if (value == "prod") return Environment::Prod;
  invalid(value, "one of dev, demo, preprod, prod");
}

auth::Algorithm parse_algorithm(const std::string& value) {
  if (value == "HS256") return auth::Algorithm::hs256;
  if (value == "RS256") return auth::Algorithm::rs256;
  if (value == "ES256") return auth::Algorithm::es256;
  invalid(value, "one of HS256, RS256, ES256");
}

// A comma-separated list, blanks around items ignored; "" is the empty list.
std::vector<std::string> comma_list(const std::string& value) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= value.size()) {
    std::size_t comma = std::min(value.find(',', start), value.size());
    std::string item = value.substr(start, comma - start);
    item.erase(0, item.find_first_not_of(" \t"));
    item.erase(item.find_last_not_of(" \t") + 1);
    if (!item.empty()) items.push_back(item);
    start = comma + 1;
  }
  return items;
}

http::RateLimitSettings rate_limit(const std::string& value) {
  std::optional<http::RateLimitSettings> limit = http::parse_rate_limit(value);
  if (!limit) invalid(value, "REQUESTS/SECONDS (two positive numbers) or off");
  return *limit;
}

std::vector<std::string> trusted_proxies(const std::string& value) {
  std::vector<std::string> entries = comma_list(value);
  if (!http::AddressSet::parse(entries)) {
    invalid(value, "IP addresses or networks (CIDR) separated by commas");
  }
  return entries;
}

std::vector<std::string> cors_origins(const std::string& value) {
  std::vector<std::string> origins = comma_list(value);
  for (const std::string& origin : origins) {
    if (!http::is_serialized_origin(origin)) {
      invalid(value, "origins like https://app.example.com separated by commas ('*' is refused)");
    }
  }
  return origins;
}

constexpr unsigned kDatabaseCommands = kServe | kMigrate | kFixtures | kUsers;

const Setting kSettings[] = {
    {"--database", "LYS_DATABASE_URL", "URL",
     "the database: sqlite:PATH or postgresql://USER@HOST:PORT/DB (default sqlite:lys.db)",
     kDatabaseCommands,
     [](Config& c, const std::string& v) { c.database_url = non_empty(v, "a database URL"); }},
    {"--host", "LYS_HOST", "HOST", "the address to listen on (default 127.0.0.1)", kServe,
     [](Config& c, const std::string& v) { c.host = non_empty(v, "a host address"); }},
    {"--port", "LYS_PORT", "PORT", "the TCP port, 0 for any free one (default 8080)", kServe,
     [](Config& c, const std::string& v) {
       c.port = static_cast<int>(integer_in(v, 0, 65535, "a port number from 0 to 65535"));
     }},
    {"--env", "LYS_ENV", "ENV",
     "dev, demo, preprod or prod (default dev); introspection is off in preprod and prod",
     kServe | kFixtures,
     [](Config& c, const std::string& v) { c.environment = parse_environment(v); }},
    {"--migrations", "LYS_MIGRATIONS_DIR", "DIR",
     "the migrations directory, one subfolder per dialect (default migrations)", kMigrate,
     [](Config& c, const std::string& v) { c.migrations_dir = non_empty(v, "a directory"); }},
    {"", "LYS_MAX_BODY_BYTES", "BYTES", "the largest request body accepted (default 1048576)",
     kServe,
     [](Config& c, const std::string& v) {
       c.max_body_bytes = static_cast<std::size_t>(
           integer_in(v, 1, 1LL << 30, "a number of bytes from 1 to 1073741824"));
     }},
    {"", "LYS_REQUEST_TIMEOUT_MS", "MS",
     "how long reading a request or writing a response may take (default 10000)", kServe,
     [](Config& c, const std::string& v) { c.request_timeout = milliseconds(v); }},
    {"", "LYS_POOL_SIZE", "N", "database connections in the pool (default 8)", kDatabaseCommands,
     [](Config& c, const std::string& v) { c.pool_size = count(v); }},
    {"", "LYS_STATEMENT_TIMEOUT_MS", "MS", "the longest one SQL statement may run (default 5000)",
     kDatabaseCommands,
     [](Config& c, const std::string& v) { c.statement_timeout = milliseconds(v); }},
    {"", "LYS_HTTP_THREADS", "N", "requests served at once (default 8)", kServe,
     [](Config& c, const std::string& v) { c.http_threads = count(v); }},
    {"", "LYS_KEEP_ALIVE_TIMEOUT_MS", "MS",
     "how long an idle connection stays open for another request (default 5000; behind a "
     "load balancer, longer than its idle timeout)",
     kServe, [](Config& c, const std::string& v) { c.keep_alive_timeout = milliseconds(v); }},
    {"", "LYS_MAX_CONNECTIONS", "N", "client connections open at once (default 4096)", kServe,
     [](Config& c, const std::string& v) {
       c.max_connections =
           static_cast<std::size_t>(integer_in(v, 1, 1000000, "a number from 1 to 1000000"));
     }},
    {"", "LYS_SHUTDOWN_TIMEOUT_MS", "MS",
     "how long requests in flight may take to finish on SIGTERM (default 10000)", kServe,
     [](Config& c, const std::string& v) { c.shutdown_timeout = milliseconds(v); }},
    // Secrets are read from the environment only: a flag would show in `ps`.
    {"", "LYS_SECRET_KEY", "SECRET",
     "the HS256 key of access tokens, at least 32 bytes (without it, and without "
     "LYS_TOKEN_KEY_FILE, every bearer token is refused)",
     kServe, [](Config& c, const std::string& v) { c.secret_key = v; }},
    {"", "LYS_TOKEN_ALGORITHM", "ALG", "HS256 (default), RS256 or ES256", kServe,
     [](Config& c, const std::string& v) { c.token_algorithm = parse_algorithm(v); }},
    {"", "LYS_TOKEN_KEY_FILE", "FILE",
     "the PEM key of RS256 or ES256 access tokens (a public key only verifies)", kServe,
     [](Config& c, const std::string& v) { c.token_key_file = non_empty(v, "a file"); }},
    {"", "LYS_TOKEN_ISSUER", "ISS", "the issuer access tokens must name (default lys)", kServe,
     [](Config& c, const std::string& v) { c.token_issuer = non_empty(v, "an issuer"); }},
    {"", "LYS_TOKEN_AUDIENCE", "AUD", "the audience access tokens must name (default lys)", kServe,
     [](Config& c, const std::string& v) { c.token_audience = non_empty(v, "an audience"); }},
    {"", "LYS_TOKEN_CLOCK_SKEW_S", "SECONDS",
     "the clock difference tolerated on exp, nbf and iat (default 30)", kServe,
     [](Config& c, const std::string& v) {
       c.token_clock_skew_seconds =
           static_cast<int>(integer_in(v, 0, 300, "a number of seconds from 0 to 300"));
     }},
    // HTTP hardening.
    {"", "LYS_RATE_LIMIT_IP", "N/S",
     "requests to /graphql per client address: N per S seconds, or off (default 1200/60)", kServe,
     [](Config& c, const std::string& v) { c.rate_limit_ip = rate_limit(v); }},
    {"", "LYS_RATE_LIMIT_USER", "N/S",
     "requests to /graphql per authenticated user: N per S seconds, or off (default 600/60)",
     kServe, [](Config& c, const std::string& v) { c.rate_limit_user = rate_limit(v); }},
    {"", "LYS_RATE_LIMIT_LOGIN", "N/S",
     "operations with a root mutation field login, per client address (default 10/60)", kServe,
     [](Config& c, const std::string& v) { c.rate_limit_login = rate_limit(v); }},
    {"", "LYS_RATE_LIMIT_MAX_KEYS", "N",
     "clients each rate limit remembers; the idle ones are forgotten first (default 100000)",
     kServe,
     [](Config& c, const std::string& v) {
       c.rate_limit_max_keys =
           static_cast<std::size_t>(integer_in(v, 1, 10'000'000, "a number from 1 to 10000000"));
     }},
    {"", "LYS_TRUSTED_PROXIES", "LIST",
     "proxies (addresses or CIDRs, comma-separated) whose X-Forwarded-For names the client "
     "(default none: the TCP peer is the client)",
     kServe, [](Config& c, const std::string& v) { c.trusted_proxies = trusted_proxies(v); }},
    {"", "LYS_CORS_ORIGINS", "LIST",
     "origins (comma-separated) browsers may call /graphql from (default none: no CORS)", kServe,
     [](Config& c, const std::string& v) { c.cors_origins = cors_origins(v); }},
    {"", "LYS_HSTS_MAX_AGE_S", "SECONDS",
     "Strict-Transport-Security max-age, 0 for none (default 31536000 in preprod and prod, "
     "else 0)",
     kServe,
     [](Config& c, const std::string& v) {
       c.hsts_max_age_seconds =
           static_cast<int>(integer_in(v, 0, 63'072'000, "a number of seconds from 0 to 63072000"));
     }},
    {"", "LYS_MAX_HEADER_BYTES", "BYTES",
     "the largest request line and headers accepted (default 16384)", kServe,
     [](Config& c, const std::string& v) {
       c.max_header_bytes = static_cast<std::size_t>(
           integer_in(v, 1024, 1 << 20, "a number of bytes from 1024 to 1048576"));
     }},
    // API limits and integrity: GraphQL operation limits (lys/graphql/query_limits.h, 0
    // turns one off) and the key that seals global ids and cursors.
    {"", "LYS_ID_KEY", "SECRET",
     "the key global ids and cursors are sealed with, at least 32 bytes (default: derived "
     "from LYS_SECRET_KEY; required in preprod and prod when that is not set)",
     kServe,
     [](Config& c, const std::string& v) {
       if (v.size() < 32) throw UsageError("expected at least 32 bytes (the value is not shown)");
       c.id_key = v;
     }},
    {"", "LYS_MAX_QUERY_TOKENS", "N",
     "the most lexical tokens in a GraphQL document, 0 for no limit (default 15000)", kServe,
     [](Config& c, const std::string& v) { c.query_limits.max_tokens = limit(v, 10'000'000); }},
    {"", "LYS_MAX_QUERY_DEPTH", "N",
     "the deepest nesting of fields with a selection set, 0 for no limit (default 12)", kServe,
     [](Config& c, const std::string& v) { c.query_limits.max_depth = limit(v, 256); }},
    {"", "LYS_MAX_QUERY_ALIASES", "N",
     "the most aliases in an operation, 0 for no limit (default 15)", kServe,
     [](Config& c, const std::string& v) { c.query_limits.max_aliases = limit(v, 100'000); }},
    {"", "LYS_MAX_QUERY_COST", "N",
     "the highest operation cost (objects times page sizes), 0 for no limit (default 5000)", kServe,
     [](Config& c, const std::string& v) {
       c.query_limits.max_cost = static_cast<std::int64_t>(limit(v, 1'000'000'000));
     }},
    // Signing in: token lifetimes, cookies, internal service tokens.
    {"", "LYS_ACCESS_TOKEN_TTL_S", "SECONDS",
     "the lifetime of the access tokens login and refreshToken issue (default 900)", kServe,
     [](Config& c, const std::string& v) {
       c.access_token_lifetime_seconds =
           static_cast<int>(integer_in(v, 1, 24 * 3600, "a number of seconds from 1 to 86400"));
     }},
    {"", "LYS_REFRESH_TOKEN_TTL_S", "SECONDS",
     "the lifetime of a refresh token, renewed by each rotation (default 1209600)", kServe,
     [](Config& c, const std::string& v) {
       c.refresh_token_lifetime_seconds = static_cast<int>(
           integer_in(v, 1, 365LL * 24 * 3600, "a number of seconds from 1 to 31536000"));
     }},
    {"", "LYS_AUTH_TRANSPORT", "MODE",
     "bearer (default: tokens in the response body) or cookie (HttpOnly cookies, and an "
     "X-XSRF-Token header on every mutation)",
     kServe,
     [](Config& c, const std::string& v) {
       if (v != "bearer" && v != "cookie") invalid(v, "bearer or cookie");
       c.auth_cookies = v == "cookie";
     }},
    {"", "LYS_AUTH_COOKIE_SAMESITE", "MODE",
     "the SameSite of the auth cookies: Strict (default) or Lax", kServe,
     [](Config& c, const std::string& v) {
       if (v != "Strict" && v != "Lax") invalid(v, "Strict or Lax");
       c.cookie_same_site = v == "Strict" ? auth::SameSite::Strict : auth::SameSite::Lax;
     }},
    {"", "LYS_AUTH_COOKIE_INSECURE", "BOOL",
     "1: auth cookies without Secure, for http://localhost; refused unless --env dev on a "
     "loopback host (default 0)",
     kServe,
     [](Config& c, const std::string& v) {
       if (v != "0" && v != "1") invalid(v, "0 or 1");
       c.insecure_cookies = v == "1";
     }},
    {"", "LYS_INTERNAL_SECRET_KEY", "SECRET",
     "the HS256 key of internal service tokens, at least 32 bytes, not the user tokens' key "
     "(without it, and without LYS_INTERNAL_TOKEN_KEY_FILE, no service token is accepted)",
     kServe, [](Config& c, const std::string& v) { c.internal_secret_key = v; }},
    {"", "LYS_INTERNAL_TOKEN_ALGORITHM", "ALG", "HS256 (default), RS256 or ES256", kServe,
     [](Config& c, const std::string& v) { c.internal_token_algorithm = parse_algorithm(v); }},
    {"", "LYS_INTERNAL_TOKEN_KEY_FILE", "FILE",
     "the PEM key internal service tokens are verified with (RS256 or ES256)", kServe,
     [](Config& c, const std::string& v) { c.internal_token_key_file = non_empty(v, "a file"); }},
    {"", "LYS_INTERNAL_TOKEN_ISSUER", "ISS", "the issuer service tokens must name (default lys)",
     kServe,
     [](Config& c, const std::string& v) { c.internal_token_issuer = non_empty(v, "an issuer"); }},
    {"", "LYS_INTERNAL_TOKEN_AUDIENCE", "AUD",
     "the audience service tokens must name, unlike LYS_TOKEN_AUDIENCE (default lys-internal)",
     kServe,
     [](Config& c,
        const std::string& v) { c.internal_token_audience = non_empty(v, "an audience"); }},
};

void apply(const Setting& setting, Config& config, std::string_view source,
           const std::string& value) {
  try {
    setting.apply(config, value);
  } catch (const UsageError& error) {
    throw UsageError(fmt::format("{}: {}", source, error.what()));
  }
}

const Setting* find_flag(std::string_view flag, Command command) {
  for (const Setting& setting : kSettings) {
    if (!setting.flag.empty() && setting.flag == flag && (setting.commands & command) != 0) {
      return &setting;
    }
  }
  return nullptr;
}

}  // namespace

std::string_view environment_name(Environment environment) {
  switch (environment) {
    case Environment::Dev:
      return "dev";
    case Environment::Demo:
      return "demo";
    case Environment::Preprod:
      return "preprod";
    case Environment::Prod:
      return "prod";
  }
  return "dev";
}

std::vector<std::string> configure(Config& config, Command command,
                                   const std::vector<std::string>& arguments) {
  for (const Setting& setting : kSettings) {
    if ((setting.commands & command) == 0) continue;
    std::string name(setting.variable);
    if (const char* value = std::getenv(name.c_str())) apply(setting, config, name, value);
  }
  std::vector<std::string> operands;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    const std::string& argument = arguments[i];
    if (!argument.starts_with("-")) {
      operands.push_back(argument);
      continue;
    }
    std::size_t equals = argument.find('=');
    std::string flag = argument.substr(0, equals);
    const Setting* setting = find_flag(flag, command);
    if (setting == nullptr) throw UsageError(fmt::format("unknown option '{}'", flag));
    std::string value;
    if (equals != std::string::npos) {
      value = argument.substr(equals + 1);
    } else if (i + 1 < arguments.size()) {
      value = arguments[++i];
    } else {
      throw UsageError(fmt::format("option '{}' needs a value", flag));
    }
    apply(*setting, config, flag, value);
  }
  return operands;
}

db::DatabaseOptions database_options(const Config& config) {
  db::DatabaseOptions options;
  options.url = config.database_url;
  options.pool_size = config.pool_size;
  options.statement_timeout = config.statement_timeout;
  return options;
}

std::string settings_help(Command command) {
  std::string options;
  std::string variables;
  for (const Setting& setting : kSettings) {
    if ((setting.commands & command) == 0) continue;
    if (!setting.flag.empty()) {
      options += fmt::format("  {:<22}{} (also {})\n",
                             fmt::format("{} {}", setting.flag, setting.value_name), setting.help,
                             setting.variable);
    }
    variables +=
        fmt::format("  {:<26}{}\n", setting.variable,
                    setting.flag.empty() ? setting.help : fmt::format("as {}", setting.flag));
  }
  std::string help = "Options:\n" + options + "  --help                show this help\n";
  if (!variables.empty()) help += "\nEnvironment (flags win over variables):\n" + variables;
  return help;
}

}  // namespace lys::server
