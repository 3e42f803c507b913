// Request limits lys enforces itself: body size, lying Content-Length, malformed requests.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "support/test_server.h"

namespace lys::e2e {
namespace {

using std::chrono::milliseconds;
using std::chrono::steady_clock;

constexpr int kMaxBody = 1000;
constexpr int kTimeoutMs = 1000;

class Limits : public ::testing::Test {
 protected:
  TestDatabase database_ = TestDatabase::sqlite();
  TestServer server_{probe_server(),
                     database_,
                     {{"LYS_MAX_BODY_BYTES", std::to_string(kMaxBody)},
                      {"LYS_REQUEST_TIMEOUT_MS", std::to_string(kTimeoutMs)}}};
};

std::string query_of_size(std::size_t size) {
  std::string body = R"({"query":"{ __typename }","pad":")";
  body += std::string(size - body.size() - 2, 'x');
  return body + "\"}";
}

void expect_too_large(const HttpResponse& response) {
  EXPECT_EQ(response.status, 413);
  Json json = parse_json(response.body);
  ASSERT_TRUE(json) << response.body;
  EXPECT_EQ(first_error_code(json.get()), "BAD_USER_INPUT");
}

TEST_F(Limits, ABodyAtTheLimitIsServed) {
  HttpResponse response = send_request(
      server_.port(),
      {"POST", "/graphql", {{"Content-Type", "application/json"}}, query_of_size(kMaxBody)});
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body, R"({"data":{"__typename":"Query"}})");
}

TEST_F(Limits, ABodyOverTheLimitIs413) {
  expect_too_large(send_request(
      server_.port(),
      {"POST", "/graphql", {{"Content-Type", "application/json"}}, query_of_size(kMaxBody + 1)}));
}

// The 413 is decided from the header alone, and the connection closes after it (reading
// and discarding for at most a second, so the answer is not lost to a reset): released
// within that bound, not after 100 GB.
TEST_F(Limits, AHugeDeclaredLengthIs413AndReleasedWithinTheRequestTimeout) {
  auto started = steady_clock::now();
  expect_too_large(
      send_raw(server_.port(),
               "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
               "Content-Length: 99999999999\r\n\r\n{\"query\":"));
  EXPECT_LT(steady_clock::now() - started, milliseconds(kTimeoutMs) + milliseconds(1500));
}

TEST_F(Limits, AChunkedBodyOverTheLimitIs413) {
  std::string chunk(kMaxBody + 10, ' ');
  std::string request =
      "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
      "Transfer-Encoding: chunked\r\n\r\n";
  char size[16];
  std::snprintf(size, sizeof size, "%zx", chunk.size());
  request += std::string(size) + "\r\n" + chunk + "\r\n0\r\n\r\n";
  expect_too_large(send_raw(server_.port(), request));
}

TEST_F(Limits, ALyingContentLengthFailsWithinTheRequestTimeout) {
  auto started = steady_clock::now();
  HttpResponse response = send_raw(server_.port(),
                                   "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                   "application/json\r\nContent-Length: 500\r\n\r\n{\"query\":");
  auto elapsed = steady_clock::now() - started;
  EXPECT_EQ(response.status, 400);
  EXPECT_LT(elapsed, milliseconds(3 * kTimeoutMs));
  // The worker is free again.
  EXPECT_EQ(get(server_.port(), "/healthz").status, 200);
}

// Claims small, sends big: lys reads what Content-Length says, and the rest is never a
// GraphQL request.
TEST_F(Limits, ABodyLongerThanItsContentLengthIsCutAtTheLength) {
  std::string body =
      R"({"query":"mutation { createNote(input: {title: \"x\"}) { note { title } } }"})";
  HttpResponse response =
      send_raw(server_.port(),
               "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
               "Content-Length: 10\r\n\r\n" +
                   body + std::string(100'000, ' '));
  EXPECT_EQ(response.status, 400);
  Json notes = server_.post_graphql("{ notes { totalCount } }");
  EXPECT_EQ(print(at(notes.get(), "data.notes.totalCount")), "1");
}

// A client trickling its body a byte at a time, each well within the request timeout,
// still has the whole request cut at the timeout: the deadline is for the request, not
// for each read.
TEST_F(Limits, ATrickledBodyFailsAtTheRequestDeadline) {
  HttpConnection connection(server_.port(), std::chrono::seconds(20));
  connection.send(
      "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
      "Content-Length: 900\r\n\r\n{");
  auto started = steady_clock::now();
  std::atomic<bool> answered{false};
  std::thread trickle([&] {
    for (int i = 0; i < 100 && !answered; ++i) {
      std::this_thread::sleep_for(milliseconds(100));
      connection.send(" ");
    }
  });
  HttpResponse response = connection.receive();
  answered = true;
  trickle.join();
  EXPECT_EQ(response.status, 400);
  EXPECT_LT(steady_clock::now() - started, milliseconds(kTimeoutMs) + milliseconds(1500));
  EXPECT_EQ(get(server_.port(), "/healthz").status, 200);
}

// Execution is part of the request: past its deadline no statement starts (and SQLite
// interrupts the one running), so the fields after a slow one fail instead of running.
TEST_F(Limits, NoStatementStartsPastTheRequestDeadline) {
  auto started = steady_clock::now();
  Json response = server_.post_graphql("{ slow: sleep(ms: 1200) notes { totalCount } }");
  EXPECT_LT(steady_clock::now() - started, milliseconds(1200) + milliseconds(kTimeoutMs));
  ASSERT_TRUE(response);
  EXPECT_EQ(text_at(response.get(), "errors[0].path[0]"), "notes") << print(response.get());
  // The next request has its own deadline.
  Json next = server_.post_graphql("{ notes { totalCount } }");
  EXPECT_EQ(print(at(next.get(), "data.notes.totalCount")), "1");
}

TEST_F(Limits, AMalformedRequestLineIsRejected) {
  HttpResponse response = send_raw(server_.port(), "GARBAGE\r\n\r\n");
  EXPECT_GE(response.status, 400);
  EXPECT_LT(response.status, 500);
  EXPECT_EQ(get(server_.port(), "/healthz").status, 200);
}

TEST_F(Limits, OversizedHeadersAreRejected) {
  std::string request =
      "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(20000, 'a') + "\r\n\r\n";
  HttpResponse response = send_raw(server_.port(), request);
  EXPECT_GE(response.status, 400);
  EXPECT_EQ(get(server_.port(), "/healthz").status, 200);
}

}  // namespace
}  // namespace lys::e2e
