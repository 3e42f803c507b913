// The headers lys adds for browsers: security headers on every response (the routes'
// and the transport's refusals alike), CORS only for the origins configured, never `*`.
#include <gtest/gtest.h>

#include "support/test_server.h"

namespace lys::e2e {
namespace {

constexpr const char* kAllowed = "https://app.example.com";
constexpr const char* kOther = "https://evil.example.net";

const std::vector<std::pair<std::string, std::string>> kSecurityHeaders = {
    {"Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"},
    {"X-Content-Type-Options", "nosniff"},
    {"X-Frame-Options", "DENY"},
    {"Referrer-Policy", "no-referrer"},
    {"Cross-Origin-Resource-Policy", "same-origin"},
};

void expect_security_headers(const HttpResponse& response, const std::string& what) {
  for (const auto& [name, value] : kSecurityHeaders) {
    EXPECT_EQ(response.header(name), value) << what << ": " << name;
  }
}

bool has_cors_header(const HttpResponse& response) {
  for (const auto& [name, value] : response.headers) {
    if (name.starts_with("Access-Control-") || name.starts_with("access-control-")) return true;
  }
  return false;
}

HttpResponse post_from(int port, const char* origin) {
  return send_request(port, {"POST",
                             "/graphql",
                             {{"Content-Type", "application/json"}, {"Origin", origin}},
                             R"({"query":"{ __typename }"})"});
}

HttpResponse preflight(int port, const char* origin, const char* method = "POST",
                       const std::string& path = "/graphql") {
  return send_request(port, {"OPTIONS",
                             path,
                             {{"Origin", origin},
                              {"Access-Control-Request-Method", method},
                              {"Access-Control-Request-Headers", "authorization, content-type"}},
                             {}});
}

class HttpHeaders : public ::testing::Test {
 protected:
  TestDatabase database_ = TestDatabase::sqlite();
  TestServer server_{probe_server(),
                     database_,
                     {{"LYS_CORS_ORIGINS", std::string(kAllowed) + ", https://admin.example.com"}}};
};

TEST_F(HttpHeaders, EveryResponseCarriesTheSecurityHeaders) {
  expect_security_headers(server_.post_graphql_raw("{ __typename }"), "graphql");
  expect_security_headers(server_.post_graphql_raw("{ nope }"), "graphql error");
  expect_security_headers(get(server_.port(), "/healthz"), "healthz");
  expect_security_headers(get(server_.port(), "/nowhere"), "404");
  expect_security_headers(send_request(server_.port(), {"PUT", "/graphql", {}, {}}), "405");
  // The transport's refusal of a request it cannot parse.
  expect_security_headers(send_raw(server_.port(), "GET / HTTP/1.1\r\nHost\r\n\r\n"), "malformed");
}

TEST_F(HttpHeaders, StrictTransportSecurityIsOnInProdAndConfigurable) {
  // Off in dev: the server is reached over plain HTTP there.
  EXPECT_EQ(get(server_.port(), "/healthz").header("Strict-Transport-Security"), std::nullopt);
  TestDatabase database = TestDatabase::sqlite();
  TestServer prod{probe_server(), database, {{"LYS_ENV", "prod"}}};
  EXPECT_EQ(get(prod.port(), "/healthz").header("Strict-Transport-Security"),
            "max-age=31536000; includeSubDomains");
  TestDatabase other = TestDatabase::sqlite();
  TestServer configured{probe_server(), other, {{"LYS_HSTS_MAX_AGE_S", "600"}}};
  EXPECT_EQ(get(configured.port(), "/healthz").header("Strict-Transport-Security"),
            "max-age=600; includeSubDomains");
}

TEST_F(HttpHeaders, AnAllowedOriginIsGrantedByName) {
  HttpResponse response = post_from(server_.port(), kAllowed);
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.header("Access-Control-Allow-Origin"), kAllowed);
  EXPECT_EQ(response.header("Access-Control-Allow-Credentials"), "true");
  EXPECT_EQ(response.header("Vary"), "Origin");
}

TEST_F(HttpHeaders, AnotherOriginGetsNoCorsHeader) {
  for (const char* origin :
       {kOther, "null", "https://app.example.com.evil.net", "http://app.example.com", "*"}) {
    HttpResponse response = post_from(server_.port(), origin);
    EXPECT_EQ(response.status, 200) << origin;
    EXPECT_FALSE(has_cors_header(response)) << origin;
  }
}

TEST_F(HttpHeaders, APreflightFromAnAllowedOriginIsGranted) {
  HttpResponse response = preflight(server_.port(), kAllowed);
  EXPECT_EQ(response.status, 204);
  EXPECT_EQ(response.header("Access-Control-Allow-Origin"), kAllowed);
  EXPECT_EQ(response.header("Access-Control-Allow-Methods"), "GET, POST");
  EXPECT_EQ(response.header("Access-Control-Allow-Headers"),
            "Authorization, Content-Type, X-XSRF-Token");
  EXPECT_EQ(response.header("Access-Control-Max-Age"), "600");
  expect_security_headers(response, "preflight");
}

TEST_F(HttpHeaders, APreflightFromAnotherOriginOrForAnotherMethodIsNotGranted) {
  for (HttpResponse response :
       {preflight(server_.port(), kOther), preflight(server_.port(), kAllowed, "DELETE")}) {
    EXPECT_EQ(response.status, 204);
    EXPECT_FALSE(has_cors_header(response));
  }
  // Other paths grant no preflight (an HTTP library's default would be `*`).
  for (const std::string path : {"/healthz", "/nowhere", "/"}) {
    HttpResponse response = preflight(server_.port(), kOther, "GET", path);
    EXPECT_FALSE(has_cors_header(response)) << path;
    EXPECT_GE(response.status, 400) << path;
  }
}

TEST_F(HttpHeaders, WithoutAnAllowListNoOriginIsGranted) {
  TestDatabase database = TestDatabase::sqlite();
  TestServer plain{probe_server(), database};
  EXPECT_FALSE(has_cors_header(post_from(plain.port(), kAllowed)));
  EXPECT_FALSE(has_cors_header(preflight(plain.port(), kAllowed)));
}

TEST_F(HttpHeaders, AWildcardOriginIsRefusedAtStartup) {
  TestDatabase database = TestDatabase::sqlite();
  CommandResult result =
      run_command(probe_server().path, {"serve", "--port", "0"},
                  server_environment(probe_server(), database, {{"LYS_CORS_ORIGINS", "*"}}));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("LYS_CORS_ORIGINS"), std::string::npos) << result.err;
}

TEST_F(HttpHeaders, ABatchOfOperationsIs400) {
  HttpResponse response =
      send_request(server_.port(), {"POST",
                                    "/graphql",
                                    {{"Content-Type", "application/json"}},
                                    R"([{"query":"{ __typename }"},{"query":"{ __typename }"}])"});
  EXPECT_EQ(response.status, 400);
  Json json = parse_json(response.body);
  ASSERT_TRUE(json) << response.body;
  EXPECT_EQ(first_error_code(json.get()), "BAD_USER_INPUT");
  EXPECT_EQ(text_at(json.get(), "errors[0].message"),
            "batched requests are not supported: send one operation per request");
}

}  // namespace
}  // namespace lys::e2e
