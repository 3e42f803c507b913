// HTTP keep-alive: a connection serves request after request, and a body the server
// did not read (refused for its type or size) closes the connection rather than
// being parsed as the next request.
#include <gtest/gtest.h>

#include "support/test_server.h"

namespace lys::e2e {
namespace {

constexpr int kServerMaxBody = 1000;

class KeepAlive : public ::testing::Test {
 protected:
  TestDatabase database_ = TestDatabase::sqlite();
  TestServer server_{
      probe_server(), database_, {{"LYS_MAX_BODY_BYTES", std::to_string(kServerMaxBody)}}};
};

// A POST that leaves the connection open.
std::string post(std::string_view content_type, std::string_view body) {
  return "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: " + std::string(content_type) +
         "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + std::string(body);
}

// A request hidden in a body: served only if the body were taken for the next request.
constexpr std::string_view kSmuggled = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";

TEST_F(KeepAlive, OneConnectionServesSeveralRequests) {
  HttpConnection connection(server_.port());
  for (int i = 0; i < 3; ++i) {
    HttpResponse response =
        connection.exchange(post("application/json", R"({"query":"{ __typename }"})"));
    EXPECT_EQ(response.status, 200);
    EXPECT_EQ(response.body, R"({"data":{"__typename":"Query"}})");
    EXPECT_EQ(response.header("Connection"), "keep-alive");
  }
  HttpResponse probe = connection.exchange("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_EQ(probe.status, 200);
}

TEST_F(KeepAlive, ABodyOfTheWrongTypeIsNeverReadAsARequest) {
  HttpConnection connection(server_.port(), std::chrono::seconds(5));
  HttpResponse response = connection.exchange(post("text/plain", kSmuggled));
  EXPECT_EQ(response.status, 415);
  EXPECT_EQ(response.header("Connection"), "close");
  EXPECT_TRUE(connection.closed_by_server());
}

TEST_F(KeepAlive, ABodyOverTheLimitIsNeverReadAsARequest) {
  std::string body =
      std::string(kSmuggled) + std::string(kServerMaxBody, ' ') + std::string(kSmuggled);
  HttpConnection connection(server_.port(), std::chrono::seconds(5));
  HttpResponse response = connection.exchange(post("application/json", body));
  EXPECT_EQ(response.status, 413);
  EXPECT_EQ(response.header("Connection"), "close");
  EXPECT_TRUE(connection.closed_by_server());
}

}  // namespace
}  // namespace lys::e2e
