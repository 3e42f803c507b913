// The server's command line: usage errors, --help, configuration from the environment.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "support/test_server.h"

namespace lys::e2e {
namespace {

CommandResult probe(const std::vector<std::string>& arguments,
                    const Environment& environment = {}) {
  return run_command(probe_server().path, arguments, environment);
}

TEST(Cli, NoCommandOrAnUnknownOneIsAUsageError) {
  CommandResult none = probe({});
  EXPECT_EQ(none.exit_code, 2);
  EXPECT_NE(none.err.find("missing command"), std::string::npos) << none.err;
  CommandResult unknown = probe({"servr"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("unknown command 'servr'"), std::string::npos) << unknown.err;
}

TEST(Cli, HelpListsTheCommands) {
  CommandResult help = probe({"--help"});
  EXPECT_EQ(help.exit_code, 0);
  for (const char* command :
       {"serve", "migrate up|down [N]|status|history", "fixtures load", "schema"}) {
    EXPECT_NE(help.out.find(command), std::string::npos) << command;
  }
}

TEST(Cli, ServeHelpDocumentsEveryFlagAndVariable) {
  CommandResult help = probe({"serve", "--help"});
  EXPECT_EQ(help.exit_code, 0);
  for (const char* text :
       {"--database URL", "--host HOST", "--port PORT", "--env ENV", "LYS_DATABASE_URL", "LYS_HOST",
        "LYS_PORT", "LYS_ENV", "LYS_MAX_BODY_BYTES", "LYS_REQUEST_TIMEOUT_MS", "LYS_POOL_SIZE",
        "LYS_STATEMENT_TIMEOUT_MS", "LYS_HTTP_THREADS", "LYS_KEEP_ALIVE_TIMEOUT_MS",
        "LYS_MAX_CONNECTIONS", "LYS_SHUTDOWN_TIMEOUT_MS", "LYS_ID_KEY",
        "LYS_MAX_QUERY_TOKENS", "LYS_MAX_QUERY_DEPTH", "LYS_MAX_QUERY_ALIASES",
        "LYS_MAX_QUERY_COST"}) {
    EXPECT_NE(help.out.find(text), std::string::npos) << text << "\n" << help.out;
  }
  CommandResult migrate = probe({"migrate", "--help"});
  EXPECT_EQ(migrate.exit_code, 0);
  EXPECT_NE(migrate.out.find("--migrations DIR"), std::string::npos) << migrate.out;
  EXPECT_NE(migrate.out.find("LYS_MIGRATIONS_DIR"), std::string::npos) << migrate.out;
  CommandResult fixtures = probe({"fixtures", "load", "--help"});
  EXPECT_EQ(fixtures.exit_code, 0);
  EXPECT_NE(fixtures.out.find("--env ENV"), std::string::npos) << fixtures.out;
}

TEST(Cli, InvalidValuesAreUsageErrorsNamingTheirSource) {
  struct Case {
    std::vector<std::string> arguments;
    Environment environment;
    std::string message;
  };
  for (const Case& c : std::vector<Case>{
           {{"serve", "--port", "http"}, {}, "--port: invalid value 'http'"},
           {{"serve", "--port=70000"}, {}, "--port: invalid value '70000'"},
           {{"serve"}, {{"LYS_PORT", "-1"}}, "LYS_PORT: invalid value '-1'"},
           {{"serve"}, {{"LYS_ENV", "staging"}}, "LYS_ENV: invalid value 'staging'"},
           {{"serve"}, {{"LYS_MAX_BODY_BYTES", "1MB"}}, "LYS_MAX_BODY_BYTES: invalid value '1MB'"},
           {{"serve"}, {{"LYS_REQUEST_TIMEOUT_MS", "0"}}, "LYS_REQUEST_TIMEOUT_MS: invalid value"},
           {{"serve"}, {{"LYS_POOL_SIZE", "none"}}, "LYS_POOL_SIZE: invalid value"},
           {{"serve"},
            {{"LYS_STATEMENT_TIMEOUT_MS", ""}},
            "LYS_STATEMENT_TIMEOUT_MS: invalid value"},
           {{"serve"}, {{"LYS_MAX_QUERY_DEPTH", "-1"}}, "LYS_MAX_QUERY_DEPTH: invalid value '-1'"},
           {{"serve"}, {{"LYS_MAX_QUERY_COST", "lots"}}, "LYS_MAX_QUERY_COST: invalid value"},
           {{"serve"},
            {{"LYS_ID_KEY", "short-secret"}},
            "LYS_ID_KEY: expected at least 32 bytes (the value is not shown)"},
           {{"serve", "--verbose"}, {}, "unknown option '--verbose'"},
           {{"serve", "--port"}, {}, "option '--port' needs a value"},
           {{"serve", "extra"}, {}, "unexpected argument 'extra'"},
           {{"migrate"}, {}, "expected 'up', 'down', 'status' or 'history'"},
           {{"migrate", "sideways"}, {}, "unknown migrate action 'sideways'"},
           {{"migrate", "down", "two"}, {}, "invalid count 'two'"},
           {{"migrate", "up", "--port", "1"}, {}, "unknown option '--port'"},
           {{"fixtures"}, {}, "expected 'fixtures load'"},
           {{"fixtures", "load", "--env", "qa"}, {}, "--env: invalid value 'qa'"},
           {{"schema", "now"}, {}, "unexpected argument 'now'"},
       }) {
    CommandResult result = probe(c.arguments, c.environment);
    EXPECT_EQ(result.exit_code, 2) << c.message;
    EXPECT_NE(result.err.find(c.message), std::string::npos) << result.err;
  }
}

TEST(Cli, SchemaPrintsTheSdl) {
  std::ifstream file(std::string(LYS_E2E_PROBE_SDL));
  std::stringstream expected;
  expected << file.rdbuf();
  CommandResult result = probe({"schema"});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.out, expected.str());
}

TEST(Cli, AnUnreachableDatabaseFailsWithExit1) {
  CommandResult result = probe({"migrate", "status", "--database", "sqlite:/nonexistent/dir/x.db"});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_FALSE(result.err.empty());
}

TEST(Cli, MigrateStatusAndHistoryListTheMigrations) {
  TestDatabase database = TestDatabase::sqlite();
  Environment environment = server_environment(probe_server(), database);
  CommandResult pending = probe({"migrate", "status"}, environment);
  EXPECT_EQ(pending.exit_code, 0) << pending.err;
  EXPECT_NE(pending.out.find("pending"), std::string::npos) << pending.out;
  EXPECT_NE(pending.out.find("0001_init"), std::string::npos) << pending.out;
  CommandResult up = probe({"migrate", "up"}, environment);
  EXPECT_EQ(up.exit_code, 0) << up.err;
  EXPECT_EQ(up.out, "applied 0001_init\n");
  CommandResult history = probe({"migrate", "history"}, environment);
  EXPECT_EQ(history.exit_code, 0);
  EXPECT_NE(history.out.find("applied  0001_init"), std::string::npos) << history.out;
  CommandResult down = probe({"migrate", "down", "1"}, environment);
  EXPECT_EQ(down.exit_code, 0) << down.err;
  EXPECT_EQ(down.out, "reverted 0001_init\n");
}

TEST(Cli, FixturesLoadTwiceChangesNothingTheSecondTime) {
  TestDatabase database = TestDatabase::sqlite();
  Environment environment = server_environment(probe_server(), database);
  ASSERT_EQ(probe({"migrate", "up"}, environment).exit_code, 0);
  CommandResult first = probe({"fixtures", "load"}, environment);
  EXPECT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(first.out, "fixtures (dev): 1 inserted, 0 updated, 0 unchanged\n");
  CommandResult second = probe({"fixtures", "load", "--env", "prod"}, environment);
  EXPECT_EQ(second.out, "fixtures (prod): 0 inserted, 0 updated, 1 unchanged\n");
}

TEST(Cli, EnvironmentVariablesOverrideDefaultsAndFlagsOverrideThem) {
  TestDatabase database = TestDatabase::sqlite();
  ServerBinary binary = probe_server();
  Environment environment = server_environment(binary, database, {{"LYS_PORT", "1"}});
  ASSERT_EQ(probe({"migrate", "up"}, environment).exit_code, 0);
  // LYS_HOST replaces the default; the flag --port 0 wins over LYS_PORT=1.
  environment.emplace_back("LYS_HOST", "127.0.0.1");
  environment.emplace_back("LYS_ENV", "prod");
  ServerProcess server(binary.path, {"serve", "--port", "0"}, environment);
  EXPECT_TRUE(server.listening_line().starts_with("listening on http://127.0.0.1:"));
  EXPECT_NE(server.port(), 1);
  ASSERT_TRUE(wait_for_ready(server.port()));
  // prod: no introspection.
  HttpResponse response =
      send_request(server.port(), {"POST",
                                   "/graphql",
                                   {{"Content-Type", "application/json"}},
                                   R"({"query":"{ __schema { queryType { name } } }"})"});
  Json json = parse_json(response.body);
  ASSERT_TRUE(json) << response.body;
  EXPECT_EQ(first_error_code(json.get()), "GRAPHQL_VALIDATION_FAILED") << response.body;
  EXPECT_EQ(server.terminate(), 0);
}

TEST(Cli, IntrospectionIsOnInDev) {
  TestDatabase database = TestDatabase::sqlite();
  TestServer server(probe_server(), database);
  Json json = server.post_graphql("{ __schema { queryType { name } } }");
  ASSERT_TRUE(json);
  EXPECT_EQ(first_error_code(json.get()), "");
  EXPECT_EQ(server.process().terminate(), 0);
}

}  // namespace
}  // namespace lys::e2e
