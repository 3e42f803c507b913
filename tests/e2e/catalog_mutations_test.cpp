// catalog-server create/update/delete: the round trip, and every way a write fails —
// bad input, stale versions, unique and foreign-key conflicts — changing nothing.
#include <gtest/gtest.h>

#include "lys/db/ids.h"
#include "support/catalog.h"

namespace lys::e2e {
namespace {

class CatalogMutations : public FreshCatalogTest {
 protected:
  // Runs a mutation that must fail with `code` (and `field`, when given, as
  // extensions.field), and checks that it changed nothing.
  void expect_refused(const std::string& mutation, const std::string& variables,
                      const std::string& code, const std::string& field = "") {
    std::string before = catalog().snapshot();
    Json response = catalog().post(mutation, variables);
    EXPECT_EQ(first_error_code(response.get()), code) << variables << "\n" << print(response.get());
    if (!field.empty()) {
      EXPECT_EQ(text_at(response.get(), "errors[0].extensions.field"), field)
          << variables << "\n"
          << print(response.get());
    }
    EXPECT_EQ(catalog().snapshot(), before) << variables;
  }
};
LYS_CATALOG_SUITE(CatalogMutations);

constexpr const char* kCreate = R"(mutation ($input: CreateProductInput!) {
  createProduct(input: $input) { product { id name price status stock version } } })";
constexpr const char* kUpdate = R"(mutation ($input: UpdateProductInput!) {
  updateProduct(input: $input) { product { name price description version } } })";

// A valid CreateProductInput, with some members replaced (JSON texts) or, given "",
// removed.
std::string product_input(const std::vector<std::pair<std::string, std::string>>& changes = {}) {
  Json input = parse_json(R"({"name":"Lamp","price":"10.00","sku":")" + db::random_uuid() +
                          R"(","category":")" + category_id("ELECTRONICS") + R"(","client":")" +
                          client_id("acme") + R"("})");
  for (const auto& [name, value] : changes) {
    cJSON_DeleteItemFromObjectCaseSensitive(input.get(), name.c_str());
    if (!value.empty())
      cJSON_AddItemToObject(input.get(), name.c_str(), parse_json(value).release());
  }
  return R"({"input":)" + print(input.get()) + "}";
}

std::string update_input(const std::string& id, int version, const std::string& members) {
  return R"({"input":{"id":")" + id + R"(","version":)" + std::to_string(version) + members + "}}";
}

TEST_P(CatalogMutations, CreateUpdateDeleteRoundTrip) {
  std::string before = catalog().snapshot();
  Json created = parse_json(catalog().data(kCreate, product_input({{"price", R"("7.5")"}})));
  std::string id = text_at(created.get(), "createProduct.product.id");
  EXPECT_EQ(print(at(created.get(), "createProduct.product")),
            R"({"id":")" + id +
                R"(","name":"Lamp","price":"7.50","status":"DRAFT","stock":0,)"
                R"("version":1})");
  EXPECT_EQ(catalog().data("{ product(id: \"" + id + "\") { name price version } }"),
            R"({"product":{"name":"Lamp","price":"7.50","version":1}})");

  EXPECT_EQ(
      catalog().data(kUpdate, update_input(id, 1, R"(,"name":"Desk lamp","description":"E27")")),
      R"({"updateProduct":{"product":{"name":"Desk lamp","price":"7.50",)"
      R"("description":"E27","version":2}}})");
  // null clears a nullable field; fields left out keep their value.
  EXPECT_EQ(catalog().data(kUpdate, update_input(id, 2, R"(,"description":null)")),
            R"({"updateProduct":{"product":{"name":"Desk lamp","price":"7.50",)"
            R"("description":null,"version":3}}})");
  Json times =
      parse_json(catalog().data("{ product(id: \"" + id + "\") { createdAt updatedAt version } }"));
  EXPECT_GT(text_at(times.get(), "product.updatedAt"), text_at(times.get(), "product.createdAt"));

  EXPECT_EQ(catalog().data("mutation { deleteProduct(input: {id: \"" + id + "\"}) { deletedId } }"),
            R"({"deleteProduct":{"deletedId":")" + id + R"("}})");
  EXPECT_EQ(catalog().data("{ product(id: \"" + id + "\") { name } }"), R"({"product":null})");
  EXPECT_EQ(catalog().snapshot(), before);
}

TEST_P(CatalogMutations, BadInputIsBadUserInputNamingTheInputPath) {
  struct Case {
    std::string variables;
    std::string field;
  };
  for (const Case& c : std::vector<Case>{
           {product_input({{"name", json_string(std::string(256, 'x'))}}), "input.name"},
           {product_input({{"price", R"("-0.01")"}}), "input.price"},
           {product_input({{"price", R"("12345678901")"}}), "input.price"},
           {product_input({{"price", R"("cheap")"}}), "input.price"},
           {product_input({{"stock", "-1"}}), "input.stock"},
           {product_input({{"status", R"("GONE")"}}), "input.status"},
           {product_input({{"status", "null"}}), "input.status"},
           {product_input({{"name", ""}}), "input.name"},
           {product_input({{"sku", R"("not-a-uuid")"}}), "input.sku"},
           {product_input({{"releasedOn", R"("2024-02-30")"}}), "input.releasedOn"},
           {product_input({{"publishedAt", R"("2024-05-01")"}}), "input.publishedAt"},
           {product_input({{"weightGrams", R"("12.5")"}}), "input.weightGrams"},
           {product_input({{"category", json_string(category_id("FURNITURE"))}}), "input.category"},
           {product_input({{"category", json_string(client_id("acme"))}}), "input.category"},
           {product_input({{"client", R"("garbage")"}}), "input.client"},
           // The table's check: published products are not drafts.
           {product_input({{"publishedAt", R"("2024-05-01T00:00:00Z")"}}), "input.publishedAt"},
       }) {
    expect_refused(kCreate, c.variables, "BAD_USER_INPUT", c.field);
  }
}

TEST_P(CatalogMutations, AUserIsCreatedWithAPasswordKeptOnlyAsItsHash) {
  constexpr const char* kCreateUser = R"(mutation ($input: CreateUserInput!) {
    createUser(input: $input) { user { email } } })";
  SqlProbe probe(catalog().database().url());
  for (const char* weak : {"short", "carol@example.com", "aaaaaaaaaaaaaaaa"}) {
    Json refused =
        catalog().post(kCreateUser, R"({"input":{"email":"carol@example.com","password":)" +
                                        json_string(weak) + "}}");
    EXPECT_EQ(first_error_code(refused.get()), "BAD_USER_INPUT") << print(refused.get());
    EXPECT_EQ(text_at(refused.get(), "errors[0].extensions.field"), "input.password");
  }
  EXPECT_EQ(probe.dump("SELECT email FROM auth_user WHERE email = 'carol@example.com'"), "");

  EXPECT_EQ(catalog().data(
                kCreateUser,
                R"({"input":{"email":"carol@example.com","password":"correct horse battery"}})"),
            R"({"createUser":{"user":{"email":"carol@example.com"}}})");
  std::string stored =
      probe.dump("SELECT password_hash FROM auth_user WHERE email = 'carol@example.com'");
  EXPECT_EQ(stored.rfind("pbkdf2-sha256$600000$", 0), 0u) << stored;
  EXPECT_EQ(stored.find("correct horse"), std::string::npos);
  // The hash never leaves the server.
  EXPECT_EQ(first_error_code(
                catalog().post("{ users(first: 5) { edges { node { passwordHash } } } }").get()),
            "GRAPHQL_VALIDATION_FAILED");
}

TEST_P(CatalogMutations, BadUpdatesAreBadUserInputAndUnknownIdsNotFound) {
  std::string laptop = product_id("laptop");
  for (const auto& [members, field] : std::vector<std::pair<std::string, std::string>>{
           {R"(,"price":"-5")", "input.price"},
           {R"(,"name":null)", "input.name"},
           {R"(,"stock":-3)", "input.stock"},
           {R"(,"status":"DRAFT","publishedAt":"2024-01-01T00:00:00Z")", "input.publishedAt"},
           {R"(,"category":")" + category_id("NOPE") + "\"", "input.category"},
       }) {
    expect_refused(kUpdate, update_input(laptop, 1, members), "BAD_USER_INPUT", field);
  }
  expect_refused(kUpdate, update_input(product_id("nothing"), 1, R"(,"name":"x")"), "NOT_FOUND");
  expect_refused(kUpdate, update_input(category_id("CLOTHING"), 1, R"(,"name":"x")"),
                 "BAD_USER_INPUT", "input.id");
  expect_refused(
      "mutation { deleteProduct(input: {id: \"" + product_id("nothing") + "\"}) { deletedId } }",
      "{}", "NOT_FOUND");
  expect_refused(R"(mutation { createReview(input: {product: ")" + laptop +
                     R"(", rating: 6}) { review { id } } })",
                 "{}", "BAD_USER_INPUT", "input.rating");
}

TEST_P(CatalogMutations, AStaleVersionIsAConflictAndChangesNothing) {
  std::string laptop = product_id("laptop");
  EXPECT_EQ(catalog().data(kUpdate, update_input(laptop, 1, R"(,"name":"Laptop Pro")")),
            R"({"updateProduct":{"product":{"name":"Laptop Pro","price":"999.99",)"
            R"("description":null,"version":2}}})");
  expect_refused(kUpdate, update_input(laptop, 1, R"(,"name":"Laptop Air")"), "CONFLICT");
  expect_refused(kUpdate, update_input(laptop, 3, R"(,"price":"1.00")"), "CONFLICT");
  EXPECT_EQ(catalog().data("{ product(id: \"" + laptop + "\") { name price version } }"),
            R"({"product":{"name":"Laptop Pro","price":"999.99","version":2}})");
}

TEST_P(CatalogMutations, AUniqueViolationIsAConflictNamingTheFields) {
  auto expect_conflict = [&](const std::string& mutation, const std::string& variables,
                             const std::string& names) {
    expect_refused(mutation, variables, "CONFLICT");
    Json response = catalog().post(mutation, variables);
    EXPECT_NE(text_at(response.get(), "errors[0].message").find(names), std::string::npos)
        << print(response.get());
  };
  // (client, name) is unique: Acme has a Laptop already; Globex may have one.
  expect_conflict(kCreate, product_input({{"name", R"("Laptop")"}}), "'client', 'name'");
  expect_conflict(kCreate, product_input({{"sku", R"("6f1c2b0e-8a53-4c1e-9d3f-2a7b5c9e0d14")"}}),
                  "'sku'");
  expect_conflict(kUpdate,
                  update_input(product_id("tshirt"), 1,
                               R"(,"name":"Laptop","client":")" + client_id("acme") + "\""),
                  "'client', 'name'");
  expect_conflict(
      "mutation { createProductCategory(input: {code: \"CLOTHING\"}) "
      "{ productCategory { code } } }",
      "{}", "ProductCategory");
  Json globex = parse_json(catalog().data(
      kCreate,
      product_input({{"name", R"("Laptop")"}, {"client", json_string(client_id("globex"))}})));
  EXPECT_EQ(text_at(globex.get(), "createProduct.product.name"), "Laptop");
}

TEST_P(CatalogMutations, DeletesRespectReferences) {
  // A category still referenced by products stays.
  expect_refused("mutation { deleteProductCategory(input: {id: \"" + category_id("CLOTHING") +
                     "\"}) { deletedId } }",
                 "{}", "CONFLICT");
  // A product takes its reviews with it (on delete cascade).
  EXPECT_EQ(catalog().data("mutation { deleteProduct(input: {id: \"" + product_id("laptop") +
                           "\"}) { deletedId } }"),
            R"({"deleteProduct":{"deletedId":")" + product_id("laptop") + R"("}})");
  EXPECT_EQ(catalog().data("{ reviews { totalCount } productCategory(id: \"" +
                           category_id("ELECTRONICS") + "\") { products { totalCount } } }"),
            R"({"reviews":{"totalCount":0},"productCategory":{"products":{"totalCount":0}}})");
  // Now unreferenced, the category can go.
  EXPECT_EQ(catalog().data("mutation { deleteProductCategory(input: {id: \"" +
                           category_id("ELECTRONICS") + "\"}) { deletedId } }"),
            R"({"deleteProductCategory":{"deletedId":")" + category_id("ELECTRONICS") + R"("}})");
}

// Each root field of a mutation is its own transaction: one failing keeps the others.
TEST_P(CatalogMutations, EachRootFieldCommitsAlone) {
  Json response = catalog().post(
      R"(mutation ($a: CreateProductInput!, $b: CreateProductInput!) {
           a: createProduct(input: $a) { product { name } }
           b: createProduct(input: $b) { product { name } } })",
      R"({"a":)" + print(at(parse_json(product_input()).get(), "input")) + R"(,"b":)" +
          print(at(parse_json(product_input({{"price", R"("-1")"}})).get(), "input")) + "}");
  EXPECT_EQ(first_error_code(response.get()), "BAD_USER_INPUT") << print(response.get());
  EXPECT_EQ(print(at(response.get(), "errors[0].path")), R"(["b"])");
  EXPECT_EQ(catalog().data(R"({ products(filter: {name: {eq: "Lamp"}}) { totalCount } })"),
            R"({"products":{"totalCount":1}})");
}

}  // namespace
}  // namespace lys::e2e
