// Internal service tokens: their own key (LYS_INTERNAL_SECRET_KEY) and audience
// (LYS_INTERNAL_TOKEN_AUDIENCE). One verifies as the `internal` principal, which
// auth.User's read rule admits, and as nothing else; a user token never passes as a
// service token, nor the reverse.
#include <gtest/gtest.h>

#include "support/catalog.h"
#include "support/tokens.h"

namespace lys::e2e {
namespace {

constexpr const char* kUsers = "{ users(orderBy: [{field: EMAIL}]) { nodes { email } } }";

class CatalogInternalToken : public ::testing::TestWithParam<Backend> {
 protected:
  TestServer& server() { return catalog_.server(); }

  std::string service_token() {
    return signed_token({.user_id = "billing"}, kTestInternalSecretKey, kInternalAudience);
  }

  Catalog catalog_{GetParam(), {{"LYS_INTERNAL_SECRET_KEY", kTestInternalSecretKey}}};
};
LYS_CATALOG_SUITE(CatalogInternalToken);

TEST_P(CatalogInternalToken, AServiceTokenPassesWhereTheRulesSayInternal) {
  HttpResponse response = server().post_graphql_with_token(service_token(), kUsers);
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body, R"({"data":{"users":{"nodes":[{"email":"alice@example.com"},)"
                           R"({"email":"bob@example.com"}]}}})");
  // A user without a role sees only herself.
  HttpResponse alice =
      server().post_graphql_with_token(access_token({.user_id = alice_id()}), kUsers);
  EXPECT_EQ(alice.body, R"({"data":{"users":{"nodes":[{"email":"alice@example.com"}]}}})");
}

TEST_P(CatalogInternalToken, AServiceIsNoUser) {
  HttpResponse me = server().post_graphql_with_token(service_token(), "{ me { email } }");
  EXPECT_EQ(me.body, R"({"data":{"me":null}})");
  // Reviews may be written by anyone signed in: a service is not.
  HttpResponse review = server().post_graphql_with_token(
      service_token(), R"(mutation { createReview(input: {product: ")" + product_id("laptop") +
                           R"(", rating: 3}) { review { rating } } })");
  EXPECT_EQ(first_error_code(parse_json(review.body).get()), "FORBIDDEN") << review.body;
  // Nor do the rules that say internal cover other entities: no product is readable
  // beyond what anonymous callers see.
  HttpResponse products =
      server().post_graphql_with_token(service_token(), "{ products { totalCount } }");
  EXPECT_EQ(products.body, R"({"data":{"products":{"totalCount":1}}})");
}

TEST_P(CatalogInternalToken, TokensOfOneKindNeverPassForTheOther) {
  for (const std::string& token : {
           // The user key, the service audience.
           signed_token({.user_id = alice_id()}, kTestSecretKey, kInternalAudience),
           // The service key, the user audience.
           signed_token({.user_id = alice_id()}, kTestInternalSecretKey, "lys"),
       }) {
    HttpResponse response = server().post_graphql_with_token(token, kUsers);
    EXPECT_EQ(response.status, 401) << response.body;
    EXPECT_EQ(first_error_code(parse_json(response.body).get()), "UNAUTHENTICATED");
  }
}

TEST_P(CatalogInternalToken, WithoutAnInternalKeyNoServiceTokenIsAccepted) {
  Catalog plain(GetParam());
  HttpResponse response = plain.server().post_graphql_with_token(service_token(), kUsers);
  EXPECT_EQ(response.status, 401) << response.body;
}

TEST_P(CatalogInternalToken, TheServiceKeyMustDifferFromTheUserKey) {
  TestDatabase database = fresh_database(GetParam());
  CommandResult result =
      run_command(catalog_binary().path, {"serve", "--port", "0"},
                  server_environment(catalog_binary(), database,
                                     {{"LYS_INTERNAL_SECRET_KEY", kTestSecretKey}}));
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("LYS_INTERNAL_SECRET_KEY must differ from LYS_SECRET_KEY"),
            std::string::npos)
      << result.err;
}

}  // namespace
}  // namespace lys::e2e
