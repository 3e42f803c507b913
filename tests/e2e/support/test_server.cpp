#include "support/test_server.h"

#include <algorithm>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "support/tokens.h"

namespace lys::e2e {

namespace {

// Runs a preparation command and fails the test with its output when it fails.
void prepare(const ServerBinary& binary, const std::vector<std::string>& arguments,
             const Environment& environment) {
  CommandResult result = run_command(binary.path, arguments, environment);
  if (result.exit_code != 0) {
    throw std::runtime_error(arguments[0] + " failed (" + std::to_string(result.exit_code) +
                             "): " + result.err + result.out);
  }
}

ServerProcess start(const ServerBinary& binary, const TestDatabase& database,
                    const Environment& extra) {
  Environment environment = server_environment(binary, database, extra);
  prepare(binary, {"migrate", "up"}, environment);
  prepare(binary, {"fixtures", "load"}, environment);
  return ServerProcess(binary.path, {"serve", "--port", "0"}, environment);
}

}  // namespace

ServerBinary probe_server() {
  return {LYS_E2E_PROBE_SERVER, LYS_E2E_PROBE_MIGRATIONS};
}

std::optional<ServerBinary> catalog_server() {
#ifdef LYS_E2E_CATALOG_SERVER
  return ServerBinary{LYS_E2E_CATALOG_SERVER, LYS_E2E_CATALOG_MIGRATIONS};
#else
  return std::nullopt;
#endif
}

Environment server_environment(const ServerBinary& binary, const TestDatabase& database,
                               const Environment& extra) {
  // Every request of a test comes from one address: the suites of the rate limits
  // turn them on.
  Environment environment{
      {"LYS_DATABASE_URL", database.url()}, {"LYS_MIGRATIONS_DIR", binary.migrations},
      {"LYS_SECRET_KEY", kTestSecretKey},   {"LYS_RATE_LIMIT_IP", "off"},
      {"LYS_RATE_LIMIT_USER", "off"},       {"LYS_RATE_LIMIT_LOGIN", "off"}};
  for (const auto& variable : extra) {
    auto same = std::find_if(environment.begin(), environment.end(),
                             [&](const auto& entry) { return entry.first == variable.first; });
    if (same != environment.end()) {
      same->second = variable.second;
    } else {
      environment.push_back(variable);
    }
  }
  return environment;
}

TestServer::TestServer(const ServerBinary& binary, const TestDatabase& database,
                       const Environment& extra)
    : process_(start(binary, database, extra)) {
  if (!wait_for_ready(port())) throw std::runtime_error("the server never became ready");
}

namespace {
HttpRequest graphql_post(const std::string& query, const std::string& variables_json) {
  HttpRequest request{"POST", "/graphql", {{"Content-Type", "application/json"}}, {}};
  request.body = "{\"query\":" + json_string(query) + ",\"variables\":" + variables_json + "}";
  return request;
}
}  // namespace

HttpResponse TestServer::post_graphql_raw(const std::string& query,
                                          const std::string& variables_json) {
  return send_request(port(), graphql_post(query, variables_json));
}

HttpResponse TestServer::post_graphql_with_token(const std::string& token, const std::string& query,
                                                 const std::string& variables_json) {
  HttpRequest request = graphql_post(query, variables_json);
  request.headers.emplace_back("Authorization", "Bearer " + token);
  return send_request(port(), request);
}

Json TestServer::post_graphql(const std::string& query, const std::string& variables_json) {
  return parse_json(post_graphql_raw(query, variables_json).body);
}

std::uint64_t TestServer::metric(const std::string& sample) {
  HttpResponse response = get(port(), "/metrics");
  std::optional<double> value = metric_value(response.body, sample);
  if (response.status != 200 || !value) throw std::runtime_error("no " + sample + " on /metrics");
  return static_cast<std::uint64_t>(*value);
}

std::optional<double> metric_value(const std::string& exposition, const std::string& metric) {
  std::istringstream lines(exposition);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.size() > metric.size() && line.starts_with(metric) && line[metric.size()] == ' ') {
      return std::stod(line.substr(metric.size() + 1));
    }
  }
  return std::nullopt;
}

bool wait_for_ready(int port, int status, std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    try {
      if (get(port, "/readyz").status == status) return true;
    } catch (const std::runtime_error&) {
      // Not accepting yet.
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return false;
}

}  // namespace lys::e2e
