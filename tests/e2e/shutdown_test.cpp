// SIGTERM: requests in flight finish, then the server exits 0.
#include <gtest/gtest.h>

#include <future>
#include <thread>

#include "support/test_server.h"

namespace lys::e2e {
namespace {

TEST(Shutdown, SigtermLetsARequestInFlightFinish) {
  TestDatabase database = TestDatabase::sqlite();
  TestServer server(probe_server(), database);
  std::future<HttpResponse> slow = std::async(
      std::launch::async, [&server] { return server.post_graphql_raw("{ sleep(ms: 1500) }"); });
  // Let the request reach the resolver before the signal.
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  EXPECT_EQ(server.process().terminate(), 0);
  HttpResponse response = slow.get();
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body, R"({"data":{"sleep":1500}})");
}

TEST(Shutdown, SigtermOnAnIdleServerExits0AndStopsListening) {
  TestDatabase database = TestDatabase::sqlite();
  TestServer server(probe_server(), database);
  int port = server.port();
  EXPECT_EQ(server.process().terminate(), 0);
  EXPECT_THROW(get(port, "/healthz"), std::runtime_error);
}

}  // namespace
}  // namespace lys::e2e
