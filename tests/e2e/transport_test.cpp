// lys's HTTP transport over real TCP: workers serve whichever connection is ready, so
// idle and slow clients hold no thread; pipelined requests are answered in order;
// `Expect: 100-continue` and chunked bodies are served as HTTP/1.1 clients send them.
#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>
#include <thread>
#include <vector>

#include "support/test_server.h"

namespace lys::e2e {
namespace {

using std::chrono::milliseconds;
using std::chrono::steady_clock;

constexpr int kRequestTimeoutMs = 1000;
constexpr std::string_view kHealthz = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";

// One worker thread: whatever is served while another client holds a connection open
// was served by a worker that client does not hold.
class Transport : public ::testing::Test {
 protected:
  TestDatabase database_ = TestDatabase::sqlite();
  TestServer server_{
      probe_server(),
      database_,
      {{"LYS_HTTP_THREADS", "1"}, {"LYS_REQUEST_TIMEOUT_MS", std::to_string(kRequestTimeoutMs)}}};
};

std::string post_graphql(std::string_view body) {
  return "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " +
         std::to_string(body.size()) + "\r\n\r\n" + std::string(body);
}

TEST_F(Transport, ManyOpenConnectionsShareOneWorker) {
  std::vector<std::unique_ptr<HttpConnection>> connections;
  for (int i = 0; i < 64; ++i) {
    connections.push_back(
        std::make_unique<HttpConnection>(server_.port(), std::chrono::seconds(5)));
  }
  // Each is served in turn, twice, while the others stay open.
  for (int round = 0; round < 2; ++round) {
    for (auto& connection : connections) {
      HttpResponse response = connection->exchange(kHealthz);
      ASSERT_EQ(response.status, 200);
      EXPECT_EQ(response.header("Connection"), "keep-alive");
    }
  }
}

TEST_F(Transport, AClientStallingInItsHeadHoldsNoWorkerAndGets408AtTheDeadline) {
  HttpConnection stalled(server_.port(), std::chrono::seconds(10));
  auto started = steady_clock::now();
  stalled.send("POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: appl");
  // The only worker serves others meanwhile.
  for (int i = 0; i < 5; ++i) EXPECT_EQ(get(server_.port(), "/healthz").status, 200);
  EXPECT_LT(steady_clock::now() - started, milliseconds(kRequestTimeoutMs));

  HttpResponse response = stalled.receive();
  EXPECT_EQ(response.status, 408);
  EXPECT_EQ(response.header("Connection"), "close");
  EXPECT_EQ(response.header("X-Frame-Options"), "DENY");
  EXPECT_GE(steady_clock::now() - started, milliseconds(kRequestTimeoutMs));
  EXPECT_LT(steady_clock::now() - started, milliseconds(kRequestTimeoutMs) + milliseconds(1500));
  EXPECT_TRUE(stalled.closed_by_server());
}

TEST_F(Transport, PipelinedRequestsAreAnsweredInOrder) {
  HttpConnection connection(server_.port(), std::chrono::seconds(5));
  connection.send(std::string(kHealthz) + post_graphql(R"({"query":"{ __typename }"})") +
                  "GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_EQ(connection.receive().status, 200);
  HttpResponse graphql = connection.receive();
  EXPECT_EQ(graphql.status, 200);
  EXPECT_EQ(graphql.body, R"({"data":{"__typename":"Query"}})");
  EXPECT_EQ(connection.receive().status, 404);
}

TEST_F(Transport, AClientExpectingContinueIsToldToSendItsBody) {
  std::string body = R"({"query":"{ __typename }"})";
  HttpConnection connection(server_.port(), std::chrono::seconds(5));
  connection.send(
      "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
      "Expect: 100-continue\r\nContent-Length: " +
      std::to_string(body.size()) + "\r\n\r\n");
  EXPECT_EQ(connection.receive().status, 100);
  connection.send(body);
  HttpResponse response = connection.receive();
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body, R"({"data":{"__typename":"Query"}})");
}

TEST_F(Transport, AChunkedBodyIsServedAsItsJoinedChunks) {
  HttpConnection connection(server_.port(), std::chrono::seconds(5));
  connection.send(
      "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
      "Transfer-Encoding: chunked\r\n\r\n"
      "b\r\n{\"query\":\"{\r\n");
  connection.send("f;part=2\r\n __typename }\"}\r\n0\r\n\r\n");
  HttpResponse response = connection.receive();
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body, R"({"data":{"__typename":"Query"}})");
}

TEST_F(Transport, ASmugglingAttemptIsRefusedAndClosed) {
  // Content-Length and Transfer-Encoding together: two parsers could split this
  // differently, so lys takes neither.
  HttpConnection connection(server_.port(), std::chrono::seconds(5));
  HttpResponse response = connection.exchange(
      "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
      "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" +
      std::string(kHealthz));
  EXPECT_EQ(response.status, 400);
  EXPECT_EQ(response.header("Connection"), "close");
  EXPECT_TRUE(connection.closed_by_server());
}

TEST(TransportSettings, AnIdleConnectionIsClosedAfterTheKeepAliveTimeout) {
  TestDatabase database = TestDatabase::sqlite();
  TestServer server(probe_server(), database, {{"LYS_KEEP_ALIVE_TIMEOUT_MS", "300"}});
  HttpConnection connection(server.port(), std::chrono::seconds(5));
  EXPECT_EQ(connection.exchange(kHealthz).status, 200);
  auto answered = steady_clock::now();
  EXPECT_TRUE(connection.closed_by_server());
  EXPECT_GE(steady_clock::now() - answered, milliseconds(250));
  EXPECT_LT(steady_clock::now() - answered, milliseconds(1500));
}

// A kept-alive connection that has been served once. A connection the server has just
// closed counts against the limit until the server sees its client go, so a new one
// may be refused for a moment: it is tried again.
std::unique_ptr<HttpConnection> served_connection(int port) {
  for (int attempt = 0;; ++attempt) {
    auto connection = std::make_unique<HttpConnection>(port, std::chrono::seconds(5));
    try {
      if (connection->exchange(kHealthz).status == 200) return connection;
    } catch (const std::runtime_error&) {
      if (attempt == 50) throw;
    }
    std::this_thread::sleep_for(milliseconds(20));
  }
}

TEST(TransportSettings, AConnectionOverTheLimitIsClosedAtOnceAndTheNextOneServed) {
  TestDatabase database = TestDatabase::sqlite();
  TestServer server(probe_server(), database, {{"LYS_MAX_CONNECTIONS", "2"}});
  std::unique_ptr<HttpConnection> first = served_connection(server.port());
  std::unique_ptr<HttpConnection> second = served_connection(server.port());

  HttpConnection third(server.port(), std::chrono::seconds(5));
  EXPECT_TRUE(third.closed_by_server());

  first.reset();  // the server sees it close and forgets it
  EXPECT_EQ(served_connection(server.port())->exchange(kHealthz).status, 200);
  EXPECT_EQ(second->exchange(kHealthz).status, 200);
}

}  // namespace
}  // namespace lys::e2e
