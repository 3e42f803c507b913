// Signing in to catalog-server with login, refreshToken and logout (the auth app):
// the tokens lys issues sign the user in, refresh tokens rotate and a reused one
// revokes its whole sign-in, and wrong credentials of any kind fail alike.
#include <gtest/gtest.h>

#include <chrono>

#include "support/catalog.h"
#include "support/sign_in.h"
#include "support/tokens.h"

namespace lys::e2e {
namespace {

class CatalogSignIn : public FreshCatalogTest {
 protected:
  void SetUp() override { set_password(catalog(), kAliceEmail, kAlicePassword); }

  TestServer& server() { return catalog().server(); }

  // Signs alice in; the response's JSON.
  Json sign_in() {
    HttpResponse response = login(server(), kAliceEmail, kAlicePassword);
    EXPECT_EQ(response.status, 200) << response.body;
    Json json = parse_json(response.body);
    EXPECT_EQ(at(json.get(), "errors"), nullptr) << response.body;
    return json;
  }

  std::string my_email(const std::string& access_token) {
    HttpResponse response = server().post_graphql_with_token(access_token, "{ me { email } }");
    return response.body;
  }

  std::string refresh_rows() {
    return SqlProbe(catalog().database().url())
        .dump("SELECT count(*), count(revoked_at), count(DISTINCT family) FROM auth_refresh_token");
  }
};
LYS_CATALOG_SUITE(CatalogSignIn);

TEST_P(CatalogSignIn, LoginIssuesTokensThatSignTheUserIn) {
  Json json = sign_in();
  EXPECT_EQ(text_at(json.get(), "data.login.tokenType"), "Bearer");
  EXPECT_EQ(print(at(json.get(), "data.login.expiresIn")), "900");
  EXPECT_EQ(text_at(json.get(), "data.login.user.email"), kAliceEmail);
  EXPECT_EQ(text_at(json.get(), "data.login.refreshToken").size(), 43u);
  std::string access = text_at(json.get(), "data.login.accessToken");

  EXPECT_EQ(my_email(access), R"({"data":{"me":{"email":"alice@example.com"}}})");
  // A field only signed-in users may use: the review's author is the token's user.
  HttpResponse review = server().post_graphql_with_token(
      access, R"(mutation { createReview(input: {product: ")" + product_id("laptop") +
                  R"(", rating: 4}) { review { author { email } } } })");
  EXPECT_EQ(review.body,
            R"({"data":{"createReview":{"review":{"author":{"email":"alice@example.com"}}}}})");
  EXPECT_EQ(print(server().post_graphql("{ me { email } }").get()), R"({"data":{"me":null}})");
}

TEST_P(CatalogSignIn, LoginRecordsTheTimeAndRehashesAnOldHash) {
  SqlProbe probe(catalog().database().url());
  const std::string query =
      "SELECT CASE WHEN last_login_at IS NULL THEN 'never' ELSE 'signed in' END, "
      "CASE WHEN password_hash LIKE 'pbkdf2-sha256$1000$%' THEN 1000 "
      "WHEN password_hash LIKE 'pbkdf2-sha256$600000$%' THEN 600000 END "
      "FROM auth_user WHERE email = 'alice@example.com'";
  EXPECT_EQ(probe.dump(query), "never|1000\n");
  sign_in();
  EXPECT_EQ(probe.dump(query), "signed in|600000\n");
  // The new hash signs her in too.
  sign_in();
}

TEST_P(CatalogSignIn, AWrongPasswordAndAnUnknownEmailFailAlike) {
  using Clock = std::chrono::steady_clock;
  auto started = Clock::now();
  HttpResponse wrong_password = login(server(), kAliceEmail, "not-her-password");
  auto wrong_password_time = Clock::now() - started;
  started = Clock::now();
  HttpResponse unknown_email = login(server(), "nobody@example.com", "not-her-password");
  auto unknown_email_time = Clock::now() - started;

  EXPECT_EQ(wrong_password.status, unknown_email.status);
  EXPECT_EQ(wrong_password.body, unknown_email.body);
  EXPECT_EQ(
      wrong_password.body,
      R"({"data":null,"errors":[{"message":"invalid email or password","locations":)"
      R"([{"line":1,"column":12}],"path":["login"],"extensions":{"code":"UNAUTHENTICATED"}}]})");
  // Both spend a full password verification (600,000 PBKDF2 iterations): an unknown
  // email is not answered faster.
  EXPECT_GT(unknown_email_time * 3, wrong_password_time);
  EXPECT_EQ(refresh_rows(), "0|0|0\n");
}

TEST_P(CatalogSignIn, EveryRefreshRotatesTheToken) {
  Json first = sign_in();
  std::string token = text_at(first.get(), "data.login.refreshToken");
  HttpResponse rotated = refresh(server(), token);
  Json json = parse_json(rotated.body);
  ASSERT_EQ(at(json.get(), "errors"), nullptr) << rotated.body;
  std::string next = text_at(json.get(), "data.refreshToken.refreshToken");
  EXPECT_NE(next, token);
  EXPECT_EQ(text_at(json.get(), "data.refreshToken.user.email"), kAliceEmail);
  EXPECT_EQ(my_email(text_at(json.get(), "data.refreshToken.accessToken")),
            R"({"data":{"me":{"email":"alice@example.com"}}})");
  // Two rows of one family, the first revoked: only the hash is stored.
  EXPECT_EQ(refresh_rows(), "2|1|1\n");
  EXPECT_EQ(SqlProbe(catalog().database().url())
                .dump("SELECT count(*) FROM auth_refresh_token WHERE token_hash = '" + token + "'"),
            "0\n");
  // The newest token works in turn.
  Json again = parse_json(refresh(server(), next).body);
  EXPECT_EQ(text_at(again.get(), "data.refreshToken.user.email"), kAliceEmail);
  EXPECT_EQ(refresh_rows(), "3|2|1\n");
}

TEST_P(CatalogSignIn, ReusingARotatedTokenRevokesTheWholeFamily) {
  std::string token = text_at(sign_in().get(), "data.login.refreshToken");
  Json rotated = parse_json(refresh(server(), token).body);
  std::string newest = text_at(rotated.get(), "data.refreshToken.refreshToken");
  ASSERT_FALSE(newest.empty());

  HttpResponse reuse = refresh(server(), token);
  EXPECT_EQ(first_error_code(parse_json(reuse.body).get()), "UNAUTHENTICATED") << reuse.body;
  EXPECT_EQ(refresh_rows(), "2|2|1\n");
  // The thief's or the owner's newest token, whoever holds it, stops working too.
  HttpResponse newest_refresh = refresh(server(), newest);
  EXPECT_EQ(first_error_code(parse_json(newest_refresh.body).get()), "UNAUTHENTICATED");
  EXPECT_EQ(refresh_rows(), "2|2|1\n");
}

TEST_P(CatalogSignIn, LogoutRevokesTheSignIn) {
  std::string token = text_at(sign_in().get(), "data.login.refreshToken");
  std::string other = text_at(sign_in().get(), "data.login.refreshToken");
  EXPECT_EQ(logout(server(), token).body, R"({"data":{"logout":{"revoked":true}}})");
  EXPECT_EQ(first_error_code(parse_json(refresh(server(), token).body).get()), "UNAUTHENTICATED");
  EXPECT_EQ(logout(server(), token).body, R"({"data":{"logout":{"revoked":false}}})");
  EXPECT_EQ(logout(server(), "garbage").body, R"({"data":{"logout":{"revoked":false}}})");
  // Another sign-in of the same user is not affected.
  Json json = parse_json(refresh(server(), other).body);
  EXPECT_EQ(at(json.get(), "errors"), nullptr) << print(json.get());
}

TEST_P(CatalogSignIn, AnExpiredRefreshTokenIsRefused) {
  std::string token = text_at(sign_in().get(), "data.login.refreshToken");
  SqlProbe(catalog().database().url())
      .execute("UPDATE auth_refresh_token SET expires_at = '2020-01-01T00:00:00.000Z'");
  HttpResponse response = refresh(server(), token);
  Json json = parse_json(response.body);
  EXPECT_EQ(first_error_code(json.get()), "UNAUTHENTICATED") << response.body;
  EXPECT_EQ(text_at(json.get(), "errors[0].message"), "invalid refresh token");
  EXPECT_EQ(refresh_rows(), "1|0|1\n");
}

TEST_P(CatalogSignIn, MalformedOrMissingRefreshTokensAreRefused) {
  for (const std::optional<std::string>& token :
       {std::optional<std::string>(), std::optional<std::string>("not-a-token"),
        std::optional<std::string>(std::string(43, 'A'))}) {
    HttpResponse response = refresh(server(), token);
    EXPECT_EQ(first_error_code(parse_json(response.body).get()), "UNAUTHENTICATED")
        << response.body;
  }
}

// The access token verifies with jose (npm), the reference a client would use.
TEST_P(CatalogSignIn, JoseVerifiesTheAccessToken) {
  SqlProbe(catalog().database().url())
      .execute(
          "INSERT INTO auth_user_role (id, user_id, role_id) VALUES "
          "('5d0c3a52-6f1e-4b7a-9c2d-8e4f1a3b5c7d', '" +
          alice_id() + "', 'USER_ADMIN')");
  std::string access = text_at(sign_in().get(), "data.login.accessToken");
  CommandResult jose = run_command(
      LYS_NODE, {LYS_JOSE_INTEROP, "verify", "HS256", kTestSecretKey, access, "lys", "lys"});
  ASSERT_EQ(jose.exit_code, 0) << jose.err << jose.out;
  Json claims = parse_json(jose.out);
  EXPECT_EQ(text_at(claims.get(), "header.alg"), "HS256");
  EXPECT_EQ(text_at(claims.get(), "payload.sub"), alice_id());
  EXPECT_EQ(text_at(claims.get(), "payload.iss"), "lys");
  EXPECT_EQ(text_at(claims.get(), "payload.aud"), "lys");
  EXPECT_EQ(print(at(claims.get(), "payload.roles")), R"(["USER_ADMIN"])");
  const cJSON* iat = at(claims.get(), "payload.iat");
  const cJSON* exp = at(claims.get(), "payload.exp");
  ASSERT_TRUE(cJSON_IsNumber(iat) && cJSON_IsNumber(exp));
  EXPECT_EQ(exp->valuedouble - iat->valuedouble, 900);
  EXPECT_EQ(print(at(claims.get(), "payload.nbf")), print(iat));
}

}  // namespace
}  // namespace lys::e2e
