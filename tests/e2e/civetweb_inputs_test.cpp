// Inputs that crash CivetWeb 1.15 (an HTTP server lys once used) where its directory
// serving, form handler or websocket compression is reachable: a URI of many slashes,
// pathological multipart boundaries, permessage-deflate upgrades. They stay as hostile
// inputs for lys's own transport: each is answered over real TCP (an error, or the
// route's plain answer to an upgrade it ignores), and the server keeps serving.
#include <gtest/gtest.h>

#include "support/test_server.h"

namespace lys::e2e {
namespace {

class CivetwebInputs : public ::testing::Test {
 protected:
  void expect_refused_and_still_serving(const HttpResponse& response, const std::string& what) {
    EXPECT_GE(response.status, 400) << what;
    EXPECT_LT(response.status, 500) << what;
    expect_still_serving(what);
  }

  void expect_still_serving(const std::string& what) {
    HttpResponse after = server_.post_graphql_raw("{ notes { totalCount } }");
    EXPECT_EQ(after.status, 200) << what;
    EXPECT_EQ(after.body, R"({"data":{"notes":{"totalCount":1}}})") << what;
  }

  TestDatabase database_ = TestDatabase::sqlite();
  TestServer server_{probe_server(), database_};
};

std::string get_request(const std::string& target, const std::string& headers = "") {
  return "GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + headers + "\r\n";
}

TEST_F(CivetwebInputs, AUriOfManySlashesIsRefused) {
  // Over the header limit, and just under it (where CivetWeb parses the whole URI).
  for (std::size_t slashes : {50'000, 16'000, 4'000}) {
    std::string target(slashes, '/');
    HttpResponse response = send_raw(server_.port(), get_request(target));
    expect_refused_and_still_serving(response, std::to_string(slashes) + " slashes");
    response = send_raw(server_.port(), get_request(target + "graphql"));
    expect_refused_and_still_serving(response, std::to_string(slashes) + " slashes + graphql");
    response = send_raw(server_.port(), get_request("/x" + target + "../../etc/passwd"));
    expect_refused_and_still_serving(response, std::to_string(slashes) + " slashes + dots");
  }
}

// Multipart bodies with boundaries CivetWeb's form parser mishandles: empty, huge,
// missing, repeated prefixes, a body that never closes.
TEST_F(CivetwebInputs, MultipartFormBodiesAreRefused) {
  const std::vector<std::pair<std::string, std::string>> forms = {
      {"multipart/form-data; boundary=", "--\r\n\r\n--\r\n"},
      {"multipart/form-data; boundary=" + std::string(8000, 'a'),
       "--" + std::string(8000, 'a') + "\r\nContent-Disposition: form-data; name=\"q\"\r\n\r\nx"},
      {"multipart/form-data", "------\r\n------\r\n"},
      {"multipart/form-data; boundary=\"--\"", std::string(20000, '-')},
      {"multipart/form-data; boundary=x",
       "--x\r\nContent-Disposition: form-data; name=\"" + std::string(10000, 'n') +
           "\"; filename=\"" + std::string(10000, '/') + "\"\r\n\r\n" + std::string(5000, 'x')},
      {"application/x-www-form-urlencoded",
       std::string(30000, '%') + "=" + std::string(30000, '&')},
  };
  for (const std::string path : {"/graphql", "/", "/upload", "/healthz"}) {
    for (const auto& [content_type, body] : forms) {
      HttpResponse response =
          send_request(server_.port(), {"POST", path, {{"Content-Type", content_type}}, body});
      expect_refused_and_still_serving(response, path + " " + content_type.substr(0, 40));
    }
  }
}

TEST_F(CivetwebInputs, WebsocketUpgradesWithCompressionAreRefused) {
  const std::string upgrade =
      "Upgrade: websocket\r\nConnection: Upgrade\r\n"
      "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
      "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits; "
      "server_max_window_bits=8\r\n";
  for (const std::string path : {"/graphql", "/", "/ws", "/healthz"}) {
    std::string request = "GET " + path + " HTTP/1.1\r\nHost: x\r\n" + upgrade + "\r\n";
    // A deflated frame follows the handshake at once, as an attacker would send it.
    request += std::string("\xc1\x85\x00\x00\x00\x00\xff\xff\xff\xff\xff", 11);
    HttpResponse response = send_raw(server_.port(), request, std::chrono::seconds(10));
    // Answered as the plain HTTP request it also is (the route's own status), never
    // switched to the websocket protocol.
    EXPECT_NE(response.status, 101) << path;
    EXPECT_EQ(response.header("Upgrade"), std::nullopt) << path;
    EXPECT_EQ(response.header("Sec-WebSocket-Accept"), std::nullopt) << path;
    EXPECT_EQ(response.header("X-Frame-Options"), "DENY") << path;
    expect_still_serving("websocket " + path);
  }
}

}  // namespace
}  // namespace lys::e2e
