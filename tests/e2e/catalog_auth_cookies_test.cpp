// The cookie transport (LYS_AUTH_TRANSPORT=cookie): login puts the tokens in HttpOnly
// cookies beside a readable XSRF cookie, the access cookie signs requests in, and
// every mutation of a request carrying the auth cookies must echo the XSRF cookie in
// the X-XSRF-Token header (double submit), else 403. Bearer tokens still work.
#include <gtest/gtest.h>

#include "lys/db/ids.h"
#include "support/catalog.h"
#include "support/sign_in.h"
#include "support/tokens.h"

namespace lys::e2e {
namespace {

using Headers = std::vector<std::pair<std::string, std::string>>;

std::string create_review() {
  return R"(mutation { createReview(input: {product: ")" + product_id("laptop") +
         R"(", rating: 3}) { review { author { email } } } })";
}

class CatalogAuthCookies : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    set_password(catalog_, kAliceEmail, kAlicePassword);
    signed_in_ = login(server(), kAliceEmail, kAlicePassword);
    ASSERT_EQ(signed_in_.status, 200) << signed_in_.body;
    access_ = cookie_value(signed_in_, "lys_access").value_or("");
    refresh_ = cookie_value(signed_in_, "lys_refresh").value_or("");
    xsrf_ = cookie_value(signed_in_, "XSRF-TOKEN").value_or("");
  }

  TestServer& server() { return catalog_.server(); }

  std::string cookies() const {
    return "lys_access=" + access_ + "; lys_refresh=" + refresh_ + "; XSRF-TOKEN=" + xsrf_;
  }

  std::int64_t reviews() { return SqlProbe(catalog_.database().url()).count("catalog_review"); }

  Catalog catalog_{GetParam(), {{"LYS_AUTH_TRANSPORT", "cookie"}}};
  HttpResponse signed_in_;
  std::string access_;
  std::string refresh_;
  std::string xsrf_;
};
LYS_CATALOG_SUITE(CatalogAuthCookies);

TEST_P(CatalogAuthCookies, LoginSetsHttpOnlySecureStrictCookiesAndNoTokenInTheBody) {
  std::vector<std::string> set = set_cookies(signed_in_);
  ASSERT_EQ(set.size(), 3u) << signed_in_.body;
  EXPECT_EQ(set[0],
            "lys_access=" + access_ + "; Path=/; Max-Age=900; HttpOnly; Secure; SameSite=Strict");
  EXPECT_EQ(set[1], "lys_refresh=" + refresh_ +
                        "; Path=/; Max-Age=1209600; HttpOnly; Secure; SameSite=Strict");
  // The XSRF cookie is for the site's scripts to read: not HttpOnly.
  EXPECT_EQ(set[2], "XSRF-TOKEN=" + xsrf_ + "; Path=/; Max-Age=1209600; Secure; SameSite=Strict");
  EXPECT_EQ(xsrf_.size(), 43u);
  Json json = parse_json(signed_in_.body);
  EXPECT_EQ(print(at(json.get(), "data.login.accessToken")), "null");
  EXPECT_EQ(print(at(json.get(), "data.login.refreshToken")), "null");
  EXPECT_EQ(text_at(json.get(), "data.login.user.email"), kAliceEmail);
}

TEST_P(CatalogAuthCookies, TheAccessCookieSignsInAQueryWithoutXsrf) {
  HttpResponse response = post_with_headers(server(), "{ me { email } }", {{"Cookie", cookies()}});
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body, R"({"data":{"me":{"email":"alice@example.com"}}})");
}

TEST_P(CatalogAuthCookies, AMutationWithoutTheXsrfHeaderIs403AndRunsNothing) {
  HttpResponse response = post_with_headers(server(), create_review(), {{"Cookie", cookies()}});
  EXPECT_EQ(response.status, 403);
  Json json = parse_json(response.body);
  EXPECT_EQ(first_error_code(json.get()), "FORBIDDEN") << response.body;
  EXPECT_EQ(text_at(json.get(), "errors[0].extensions.reason"), "XSRF_TOKEN_MISSING");
  EXPECT_EQ(at(json.get(), "data"), nullptr);
  EXPECT_EQ(reviews(), 1);
}

TEST_P(CatalogAuthCookies, AMismatchedXsrfHeaderIs403) {
  std::string wrong = xsrf_;
  wrong.back() = wrong.back() == 'A' ? 'B' : 'A';
  for (const std::string& header : {wrong, std::string("short"), std::string()}) {
    HttpResponse response = post_with_headers(server(), create_review(),
                                              {{"Cookie", cookies()}, {"X-XSRF-Token", header}});
    EXPECT_EQ(response.status, 403) << header;
    EXPECT_EQ(text_at(parse_json(response.body).get(), "errors[0].extensions.reason"),
              "XSRF_TOKEN_MISMATCH")
        << response.body;
  }
  EXPECT_EQ(reviews(), 1);
}

TEST_P(CatalogAuthCookies, AMatchingXsrfHeaderLetsTheMutationRun) {
  HttpResponse response = post_with_headers(server(), create_review(),
                                            {{"Cookie", cookies()}, {"X-XSRF-Token", xsrf_}});
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body,
            R"({"data":{"createReview":{"review":{"author":{"email":"alice@example.com"}}}}})");
  EXPECT_EQ(reviews(), 2);
}

TEST_P(CatalogAuthCookies, ABearerTokenNeedsNoXsrf) {
  HttpResponse response = server().post_graphql_with_token(
      access_token({.user_id = db::uuid_v5_url("auth.User/alice")}), create_review());
  EXPECT_EQ(response.status, 200) << response.body;
  EXPECT_EQ(reviews(), 2);
}

TEST_P(CatalogAuthCookies, RefreshReadsTheRefreshCookieAndSetsNewCookies) {
  Headers headers{{"Cookie", cookies()}, {"X-XSRF-Token", xsrf_}};
  HttpResponse refused = refresh(server(), std::nullopt, {{"Cookie", cookies()}});
  EXPECT_EQ(refused.status, 403);

  HttpResponse rotated = refresh(server(), std::nullopt, headers);
  EXPECT_EQ(text_at(parse_json(rotated.body).get(), "data.refreshToken.user.email"), kAliceEmail)
      << rotated.body;
  std::optional<std::string> next = cookie_value(rotated, "lys_refresh");
  ASSERT_TRUE(next);
  EXPECT_NE(*next, refresh_);
  EXPECT_TRUE(cookie_value(rotated, "lys_access"));
  EXPECT_TRUE(cookie_value(rotated, "XSRF-TOKEN"));
}

TEST_P(CatalogAuthCookies, LogoutRevokesAndClearsTheCookies) {
  HttpResponse response =
      logout(server(), std::nullopt, {{"Cookie", cookies()}, {"X-XSRF-Token", xsrf_}});
  EXPECT_EQ(response.body, R"({"data":{"logout":{"revoked":true}}})");
  std::vector<std::string> set = set_cookies(response);
  ASSERT_EQ(set.size(), 3u);
  for (const std::string& cookie : set) {
    EXPECT_NE(cookie.find("=; Path=/; Max-Age=0;"), std::string::npos) << cookie;
  }
  HttpResponse again = refresh(server(), refresh_);
  EXPECT_EQ(first_error_code(parse_json(again.body).get()), "UNAUTHENTICATED");
}

TEST_P(CatalogAuthCookies, InsecureCookiesAreRefusedOutsideDev) {
  TestDatabase database = fresh_database(GetParam());
  CommandResult result = run_command(
      catalog_binary().path, {"serve", "--port", "0", "--env", "prod"},
      server_environment(catalog_binary(), database,
                         {{"LYS_AUTH_TRANSPORT", "cookie"}, {"LYS_AUTH_COOKIE_INSECURE", "1"}}));
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("LYS_AUTH_COOKIE_INSECURE=1 is for --env dev"), std::string::npos)
      << result.err;
}

}  // namespace
}  // namespace lys::e2e
