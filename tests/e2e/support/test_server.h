// A real server process over a fresh database, ready to answer: `migrate up` and
// `fixtures load` first, then `serve --port 0`, waiting for /readyz. The API tests
// talk to it with post_graphql and read lys_sql_statements_total to prove the
// one-statement rule.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "support/http_client.h"
#include "support/json.h"
#include "support/server_process.h"
#include "support/test_database.h"

namespace lys::e2e {

// A server binary and the migrations directory it serves.
struct ServerBinary {
  std::string path;
  std::string migrations;
};

// The e2e test server (tests/e2e/probe_server).
ServerBinary probe_server();
// The generated example server, when the build has it.
std::optional<ServerBinary> catalog_server();

// The environment every command of a test gets: database, migrations, the secret of
// access tokens (support/tokens.h) and no rate limits; `extra` adds to them or replaces
// them.
Environment server_environment(const ServerBinary& binary, const TestDatabase& database,
                               const Environment& extra = {});

class TestServer {
 public:
  TestServer(const ServerBinary& binary, const TestDatabase& database,
             const Environment& extra = {});

  int port() const { return process_.port(); }
  ServerProcess& process() { return process_; }

  // POST /graphql; the parsed response (null if it is not JSON).
  Json post_graphql(const std::string& query, const std::string& variables_json = "{}");
  HttpResponse post_graphql_raw(const std::string& query, const std::string& variables_json = "{}");
  // The same with `Authorization: Bearer <token>`.
  HttpResponse post_graphql_with_token(const std::string& token, const std::string& query,
                                       const std::string& variables_json = "{}");
  // A sample of /metrics, by its name with labels as printed
  // (`lys_cache_hits_total{cache="query_plans"}`); throws when it is missing.
  std::uint64_t metric(const std::string& sample);
  // lys_sql_statements_total.
  std::uint64_t statements_executed() { return metric("lys_sql_statements_total"); }

 private:
  ServerProcess process_;
};

// The value of the first sample of `metric` (its name with labels, as printed).
std::optional<double> metric_value(const std::string& exposition, const std::string& metric);

// Waits until GET /readyz answers `status`; false after the timeout.
bool wait_for_ready(int port, int status = 200,
                    std::chrono::milliseconds timeout = std::chrono::seconds(30));

}  // namespace lys::e2e
