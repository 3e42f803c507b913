// No mass assignment: what the API does not let a client set stays out of its inputs,
// and a row's owner can be given to someone else only by a caller a rule names by role.
#include <gtest/gtest.h>

#include "lys/db/ids.h"
#include "support/catalog.h"
#include "support/tokens.h"

namespace lys::e2e {
namespace {

const std::string kBob = db::uuid_v5_url("auth.User/bob");

class CatalogMassAssignment : public FreshCatalogTest {
 protected:
  void SetUp() override {
    Json users = catalog().post("{ users(first: 10) { edges { node { id email } } } }");
    const cJSON* edge = nullptr;
    cJSON_ArrayForEach(edge, at(users.get(), "data.users.edges")) {
      user_ids_[text_at(edge, "node.email")] = text_at(edge, "node.id");
    }
  }

  const std::string& user(const std::string& email) { return user_ids_.at(email); }

  Json as(const std::string& user_id, const std::string& query,
          std::vector<std::string> roles = {}) {
    HttpResponse response = catalog().server().post_graphql_with_token(
        access_token({.user_id = user_id, .roles = std::move(roles)}), query);
    Json json = parse_json(response.body);
    if (!json) throw std::runtime_error("not JSON: " + response.body);
    return json;
  }

  // A review of the laptop written by bob; its id and version.
  std::pair<std::string, std::string> bobs_review() {
    Json created = as(kBob, R"(mutation { createReview(input: {product: ")" + product_id("laptop") +
                                R"(", rating: 4}) { review { id version } } })");
    return {text_at(created.get(), "data.createReview.review.id"),
            print(at(created.get(), "data.createReview.review.version"))};
  }

 private:
  std::map<std::string, std::string> user_ids_;
};
LYS_CATALOG_SUITE(CatalogMassAssignment);

TEST_P(CatalogMassAssignment, AnyoneSignedInMayWriteAReviewButNotInSomebodyElsesName) {
  std::string before = catalog().snapshot();
  Json forged = as(kBob, R"(mutation { createReview(input: {product: ")" + product_id("laptop") +
                             R"(", rating: 1, author: ")" + user("alice@example.com") +
                             R"("}) { review { id } } })");
  EXPECT_EQ(first_error_code(forged.get()), "FORBIDDEN") << print(forged.get());
  EXPECT_EQ(text_at(forged.get(), "errors[0].message"), "not allowed to set 'author'");
  EXPECT_EQ(catalog().snapshot(), before);

  Json own = as(kBob, R"(mutation { createReview(input: {product: ")" + product_id("laptop") +
                          R"(", rating: 5, author: ")" + user("bob@example.com") +
                          R"("}) { review { author { email } } } })");
  EXPECT_EQ(print(at(own.get(), "data")),
            R"({"createReview":{"review":{"author":{"email":"bob@example.com"}}}})");
}

TEST_P(CatalogMassAssignment, AnOwnerCannotGiveTheirRowAway) {
  auto [review, version] = bobs_review();
  std::string before = catalog().snapshot();
  for (const std::string& author :
       {R"(")" + user("alice@example.com") + R"(")", std::string("null")}) {
    Json moved = as(kBob, R"(mutation { updateReview(input: {id: ")" + review + R"(", version: )" +
                              version + ", author: " + author + "}) { review { id } } }");
    EXPECT_EQ(first_error_code(moved.get()), "FORBIDDEN") << print(moved.get());
    EXPECT_EQ(catalog().snapshot(), before) << author;
  }
}

TEST_P(CatalogMassAssignment, ARoleTheRuleNamesMayReassignOwnership) {
  // Client: update to org_role CLIENT_ADMIN; alice administers Acme.
  Json acme = catalog().post(R"({ node(id: ")" + client_id("acme") +
                             R"(") { ... on Client { version } } })");
  Json given = as(alice_id(), R"(mutation { updateClient(input: {id: ")" + client_id("acme") +
                                  R"(", version: )" + print(at(acme.get(), "data.node.version")) +
                                  R"(, owner: ")" + user("bob@example.com") +
                                  R"("}) { client { owner { email } } } })");
  EXPECT_EQ(at(given.get(), "errors"), nullptr) << print(given.get());

  // Product: update to role CATALOG_ADMIN, owner; the catalog administrator may.
  Json laptop = catalog().post(R"({ node(id: ")" + product_id("laptop") +
                               R"(") { ... on Product { version } } })");
  Json assigned =
      as(alice_id(),
         R"(mutation { updateProduct(input: {id: ")" + product_id("laptop") + R"(", version: )" +
             print(at(laptop.get(), "data.node.version")) + R"(, owner: ")" +
             user("bob@example.com") + R"("}) { product { owner { email } } } })",
         {"CATALOG_ADMIN"});
  EXPECT_EQ(at(assigned.get(), "errors"), nullptr) << print(assigned.get());

  // (Neither caller may read bob's user row; the administrator checks.)
  EXPECT_EQ(
      catalog().data(R"({ a: node(id: ")" + client_id("acme") +
                     R"(") { ... on Client { owner { email } } } p: node(id: ")" +
                     product_id("laptop") + R"(") { ... on Product { owner { email } } } })"),
      R"({"a":{"owner":{"email":"bob@example.com"}},"p":{"owner":{"email":"bob@example.com"}}})");
}

TEST_P(CatalogMassAssignment, KeysVersionsAuditReadonlyAndHiddenFieldsAreNotInputs) {
  std::string before = catalog().snapshot();
  for (const char* member :
       {R"(id: "x")", "version: 7", R"(createdAt: "2020-01-01T00:00:00Z")",
        R"(updatedAt: "2020-01-01T00:00:00Z")", R"(legacyCode: "L1")", R"(thumbnail: "AAAA")"}) {
    Json response = catalog().post(
        R"(mutation { createProduct(input: {name: "Forged", price: "1.00", sku: ")" +
        db::random_uuid() + R"(", category: ")" + category_id("ELECTRONICS") + R"(", client: ")" +
        client_id("acme") + R"(", )" + member + "}) { product { id } } }");
    EXPECT_EQ(first_error_code(response.get()), "GRAPHQL_VALIDATION_FAILED") << member;
  }
  EXPECT_EQ(catalog().snapshot(), before);
}

}  // namespace
}  // namespace lys::e2e
