// Bearer authentication on catalog-server: a verified access token is the caller (its
// user is the `current_user` of defaults); any other Authorization header is 401 and
// runs nothing; a weak key stops the server before it listens.
#include <gtest/gtest.h>

#include "support/catalog.h"
#include "support/tokens.h"

namespace lys::e2e {
namespace {

std::string review_of_laptop() {
  return R"(mutation { createReview(input: {product: ")" + product_id("laptop") +
         R"(", rating: 5, body: "Mine."}) { review { body author { email } } } })";
}

class CatalogAuth : public FreshCatalogTest {
 protected:
  HttpResponse post_with_authorization(const std::string& authorization, const std::string& query) {
    HttpRequest request{"POST",
                        "/graphql",
                        {{"Content-Type", "application/json"}, {"Authorization", authorization}},
                        R"({"query":)" + json_string(query) + "}"};
    return send_request(catalog().server().port(), request);
  }
};
LYS_CATALOG_SUITE(CatalogAuth);

TEST_P(CatalogAuth, AVerifiedTokenIsTheCallerOfItsRequest) {
  HttpResponse response = catalog().server().post_graphql_with_token(
      access_token({.user_id = alice_id()}), review_of_laptop());
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body, R"({"data":{"createReview":{"review":)"
                           R"({"body":"Mine.","author":{"email":"alice@example.com"}}}}})");
}

TEST_P(CatalogAuth, AnyOtherAuthorizationIs401AndRunsNothing) {
  std::string before = catalog().snapshot();
  const std::string token = access_token({.user_id = alice_id()});
  for (const std::string& authorization :
       {"Bearer " + forged_token({.user_id = alice_id()}),
        "Bearer " + access_token({.user_id = alice_id(), .lifetime_seconds = -3600}),
        "Bearer " + token.substr(0, token.size() - 3), std::string("Bearer not-a-token"),
        std::string("Basic YWxpY2U6c2VjcmV0"), std::string("Bearer")}) {
    HttpResponse response = post_with_authorization(authorization, review_of_laptop());
    EXPECT_EQ(response.status, 401) << authorization;
    EXPECT_EQ(response.header("WWW-Authenticate"), R"(Bearer error="invalid_token")");
    Json json = parse_json(response.body);
    ASSERT_TRUE(json) << response.body;
    EXPECT_EQ(first_error_code(json.get()), "UNAUTHENTICATED") << authorization;
    EXPECT_EQ(at(json.get(), "data"), nullptr) << response.body;
  }
  EXPECT_EQ(catalog().snapshot(), before);
}

TEST_P(CatalogAuth, AnHs256SecretUnder32BytesStopsTheServerBeforeItListens) {
  TestDatabase database = fresh_database(GetParam());
  CommandResult result =
      run_command(catalog_binary().path, {"serve", "--port", "0"},
                  server_environment(catalog_binary(), database,
                                     {{"LYS_SECRET_KEY", "0123456789abcdef0123456789abcde"}}));
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.out.find("listening"), std::string::npos) << result.out;
  EXPECT_NE(result.err.find("31 bytes"), std::string::npos) << result.err;
  // The secret itself is never printed.
  EXPECT_EQ(result.err.find("0123456789abcdef"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace lys::e2e
