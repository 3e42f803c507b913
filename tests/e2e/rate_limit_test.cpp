// Rate limits on /graphql: per client address, per user, and stricter for sign-in
// (a root mutation field `login`); over a limit is 429 RATE_LIMITED with Retry-After.
// The client address is the TCP peer unless the peer is a trusted proxy.
#include <gtest/gtest.h>

#include <thread>

#include "support/test_server.h"
#include "support/tokens.h"

namespace lys::e2e {
namespace {

const std::string kQuery = R"({"query":"{ __typename }"})";
const std::string kLogin =
    R"({"query":"mutation { login(email: \"a@b.c\", password: \"x\") { __typename } }"})";

HttpResponse post(int port, const std::string& body,
                  std::vector<std::pair<std::string, std::string>> headers = {}) {
  headers.emplace_back("Content-Type", "application/json");
  return send_request(port, {"POST", "/graphql", headers, body});
}

HttpResponse post_as(int port, const std::string& user, const std::string& body = kQuery) {
  return post(port, body, {{"Authorization", "Bearer " + access_token({.user_id = user})}});
}

HttpResponse post_from(int port, const std::string& forwarded_for,
                       const std::string& body = kQuery) {
  return post(port, body, {{"X-Forwarded-For", forwarded_for}});
}

bool rate_limited(const HttpResponse& response) {
  Json json = parse_json(response.body);
  return json && first_error_code(json.get()) == "RATE_LIMITED";
}

// The response refuses the request for its rate, telling when to retry: at most
// `max_seconds`, since one token comes back every that many seconds.
void expect_rate_limited(const HttpResponse& response, int max_seconds) {
  EXPECT_EQ(response.status, 429) << response.body;
  EXPECT_TRUE(rate_limited(response)) << response.body;
  std::optional<std::string> retry_after = response.header("Retry-After");
  ASSERT_TRUE(retry_after);
  int seconds = std::stoi(*retry_after);
  EXPECT_GE(seconds, 1);
  EXPECT_LE(seconds, max_seconds);
}

void expect_served(const HttpResponse& response, const std::string& what = "") {
  EXPECT_EQ(response.status, 200) << what << response.body;
  EXPECT_EQ(response.body, R"({"data":{"__typename":"Query"}})") << what;
}

// The test servers have no rate limits but `limits` (support/test_server.h).
TestServer server_with(const TestDatabase& database, const Environment& limits) {
  return TestServer(probe_server(), database, limits);
}

class RateLimit : public ::testing::Test {
 protected:
  TestDatabase database_ = TestDatabase::sqlite();
};

TEST_F(RateLimit, EachClientAddressHasABucket) {
  TestServer server = server_with(database_, {{"LYS_RATE_LIMIT_IP", "5/60"}});
  for (int i = 0; i < 5; ++i) expect_served(post(server.port(), kQuery), std::to_string(i));
  expect_rate_limited(post(server.port(), kQuery), 12);
  // The probes are not limited.
  EXPECT_EQ(get(server.port(), "/healthz").status, 200);
  // X-Forwarded-For is the client's to write: without a trusted proxy it changes nothing.
  expect_rate_limited(post_from(server.port(), "203.0.113.9"), 12);
  // Authenticating does not escape the address's limit.
  expect_rate_limited(post_as(server.port(), "user-a"), 12);
}

TEST_F(RateLimit, ABucketRefillsOverTime) {
  TestServer server = server_with(database_, {{"LYS_RATE_LIMIT_IP", "2/1"}});
  expect_served(post(server.port(), kQuery));
  expect_served(post(server.port(), kQuery));
  expect_rate_limited(post(server.port(), kQuery), 1);
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  expect_served(post(server.port(), kQuery));
}

TEST_F(RateLimit, BehindATrustedProxyTheForwardedAddressIsTheClient) {
  TestServer server = server_with(
      database_, {{"LYS_RATE_LIMIT_IP", "3/60"}, {"LYS_TRUSTED_PROXIES", "10.0.0.0/8, 127.0.0.1"}});
  for (int i = 0; i < 3; ++i) expect_served(post_from(server.port(), "203.0.113.1"));
  expect_rate_limited(post_from(server.port(), "203.0.113.1"), 20);
  // Another client behind the same proxy has its own bucket.
  expect_served(post_from(server.port(), "203.0.113.2"));
  // Addresses left of the proxy's own entry are the client's to invent: never read.
  expect_rate_limited(post_from(server.port(), "198.51.100.7, 203.0.113.1"), 20);
  // Trusted proxies in the chain are skipped.
  expect_rate_limited(post_from(server.port(), "203.0.113.1, 10.1.2.3"), 20);
  // Without the header, the proxy itself is the client.
  for (int i = 0; i < 3; ++i) expect_served(post(server.port(), kQuery));
  expect_rate_limited(post(server.port(), kQuery), 20);
}

TEST_F(RateLimit, EachUserHasABucket) {
  TestServer server = server_with(database_, {{"LYS_RATE_LIMIT_USER", "3/60"}});
  for (int i = 0; i < 3; ++i) expect_served(post_as(server.port(), "user-a"));
  expect_rate_limited(post_as(server.port(), "user-a"), 20);
  // Another user, and anonymous callers, from the same address are served.
  expect_served(post_as(server.port(), "user-b"), "user-b");
  expect_served(post(server.port(), kQuery), "anonymous");
}

TEST_F(RateLimit, SignInAttemptsHaveAStricterLimit) {
  TestServer server = server_with(database_, {{"LYS_RATE_LIMIT_LOGIN", "3/60"}});
  for (int i = 0; i < 3; ++i) {
    HttpResponse response = post(server.port(), kLogin);
    EXPECT_NE(response.status, 429) << response.body;
    EXPECT_FALSE(rate_limited(response)) << response.body;
  }
  expect_rate_limited(post(server.port(), kLogin), 20);
  // Aliased, in a fragment, or beside another field, it is still a sign-in.
  for (
      const std::string query :
      {R"(mutation { a: login(email: \"a@b.c\", password: \"y\") { __typename } })",
       R"(mutation { ...F } fragment F on Mutation { login(email: \"a\", password: \"b\") { id } })",
       R"(mutation M { createNote(input: {title: \"x\"}) { note { title } } )"
       R"(login(email: \"a\", password: \"b\") { id } })"}) {
    expect_rate_limited(post(server.port(), R"({"query":")" + query + R"("})"), 20);
  }
  // Other operations, and a query that merely mentions login, are not sign-ins.
  expect_served(post(server.port(), kQuery));
  HttpResponse mention = post(server.port(), R"({"query":"query login { __typename }"})");
  EXPECT_EQ(mention.status, 200) << mention.body;
}

TEST_F(RateLimit, InvalidSettingsAreUsageErrors) {
  for (const auto& [variable, value] :
       std::vector<std::pair<std::string, std::string>>{{"LYS_RATE_LIMIT_IP", "10"},
                                                        {"LYS_RATE_LIMIT_USER", "0/60"},
                                                        {"LYS_RATE_LIMIT_LOGIN", "5/0"},
                                                        {"LYS_TRUSTED_PROXIES", "10.0.0.0/33"},
                                                        {"LYS_TRUSTED_PROXIES", "proxy.local"}}) {
    CommandResult result =
        run_command(probe_server().path, {"serve", "--port", "0"},
                    server_environment(probe_server(), database_, {{variable, value}}));
    EXPECT_EQ(result.exit_code, 2) << variable << "=" << value;
    EXPECT_NE(result.err.find(variable), std::string::npos) << result.err;
  }
}

}  // namespace
}  // namespace lys::e2e
