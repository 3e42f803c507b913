// lys's HTTP transport over real TCP: workers serve whichever connection is ready, so
// idle and slow clients hold no thread; pipelined requests are answered in order;
// `Expect: 100-continue` and chunked bodies are served as HTTP/1.1 clients send them.
#include <gtest/gtest.h>

#include <memory>
#include <vector>

#include "support/test_server.h"

namespace lys::e2e {
namespace {

using std::chrono::milliseconds;
using std::chrono::steady_clock;

constexpr int kTimeoutMs = 1000;
constexpr std::string_view kHealthz = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";

// One worker thread: whatever is served while another client holds a connection open
// was served by a worker that client does not hold.
class Transport : public ::testing::Test {
 protected:
  TestDatabase database_ = TestDatabase::sqlite();
  TestServer server_{
      probe_server(),
      database_,
      {{"LYS_HTTP_THREADS", "1"}, {"LYS_REQUEST_TIMEOUT_MS", std::to_string(kTimeoutMs)}}};
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
  EXPECT_LT(steady_clock::now() - started, milliseconds(kTimeoutMs));

  HttpResponse response = stalled.receive();
  EXPECT_EQ(response.status, 408);
  EXPECT_EQ(response.header("Connection"), "close");
  EXPECT_EQ(response.header("X-Frame-Options"), "DENY");
  EXPECT_GE(steady_clock::now() - started, milliseconds(kTimeoutMs));
  EXPECT_LT(steady_clock::now() - started, milliseconds(kTimeoutMs) + milliseconds(1500));
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

}  // namespace
}  // namespace lys::e2e
