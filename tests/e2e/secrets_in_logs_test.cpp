// The secret key and the tokens callers send never reach the server's output: not at
// start-up, not while serving good and bad requests, not when it stops.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "support/test_server.h"
#include "support/tokens.h"

namespace lys::e2e {
namespace {

std::string file_text(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(SecretsInLogs, NeitherTheKeyNorTokensAreEverPrinted) {
  TestDatabase database = TestDatabase::sqlite();
  Environment environment = server_environment(probe_server(), database);
  std::string printed;
  for (const std::vector<std::string>& command :
       {std::vector<std::string>{"migrate", "up"}, {"fixtures", "load"}, {"serve", "--help"}}) {
    CommandResult result = run_command(probe_server().path, command, environment);
    EXPECT_EQ(result.exit_code, 0) << command[0] << result.err;
    printed += result.out + result.err;
  }

  std::filesystem::path log = database.directory() / "server.err";
  ServerProcess server(probe_server().path, {"serve", "--port", "0"}, environment,
                       std::chrono::seconds(30), log.string());
  ASSERT_TRUE(wait_for_ready(server.port()));
  const std::string token = access_token({.user_id = "u1"});
  const std::string expired = access_token({.user_id = "u1", .lifetime_seconds = -3600});
  const std::string forged = forged_token({.user_id = "u1"});
  for (const std::string& authorization :
       {token, expired, forged, token.substr(0, token.size() - 4)}) {
    send_request(server.port(), {"POST",
                                 "/graphql",
                                 {{"Content-Type", "application/json"},
                                  {"Authorization", "Bearer " + authorization}},
                                 R"({"query":"{ __typename }"})"});
  }
  send_request(server.port(), {"POST", "/graphql", {{"Content-Type", "application/json"}}, "{"});
  send_raw(server.port(), "GARBAGE " + token + "\r\n\r\n");
  EXPECT_EQ(server.terminate(), 0);
  printed += server.listening_line() + server.remaining_output() + file_text(log);

  EXPECT_EQ(printed.find(kTestSecretKey), std::string::npos) << printed;
  for (const std::string& secret : {token, expired, forged}) {
    // The signature is what makes a token a credential.
    std::string signature = secret.substr(secret.rfind('.') + 1);
    EXPECT_EQ(printed.find(signature), std::string::npos) << printed;
  }
}

}  // namespace
}  // namespace lys::e2e
