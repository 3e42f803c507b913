// The schema's named mutations: archiveProduct (`set status = ARCHIVED`) and the
// extern importCatalog, on both databases.
#include "api/resolvers.h"
#include "lys/query/global_id.h"
#include "mutation_fixture.h"

namespace lys::test {
namespace {

using query::encode_global_id;

class NamedMutationTest : public MutationTest {
 protected:
  Outcome archive(graphql::Value product) {
    graphql::FieldSelection field = product_selection("archiveProduct");
    return call(with_argument(field, "product", std::move(product)));
  }
};

TEST_P(NamedMutationTest, ArchiveProductSetsItsAssignmentsAndBumpsTheVersion) {
  std::string key = create_product({{"status", enum_value("ACTIVE")}});
  Outcome outcome = archive(string_value(encode_global_id("Product", key)));
  ASSERT_FALSE(outcome.error) << outcome.error->message;
  EXPECT_EQ(canonical_json(outcome.json),
            canonical_json(R"({"id":")" + encode_global_id("Product", key) +
                           R"(","name":"Laptop","price":"999.99","status":"ARCHIVED","stock":0,)"
                           R"("description":null,"featured":false,"version":2,)"
                           R"("category":{"code":"ELECTRONICS"}})"));
  EXPECT_EQ(scalar("SELECT status FROM catalog_product"), "ARCHIVED");
}

TEST_P(NamedMutationTest, ArchiveProductOfAMissingRowIsNotFound) {
  expect_error(archive(string_value(encode_global_id("Product", kSku))), "NOT_FOUND",
               "no Product with this id");
}

TEST_P(NamedMutationTest, ArchiveProductTakesOnlyAProductId) {
  std::string key = create_product();
  Outcome outcome = archive(string_value(encode_global_id("Client", key)));
  expect_bad_input(outcome, "product");
  EXPECT_EQ(scalar("SELECT status FROM catalog_product"), "DRAFT");
}

TEST_P(NamedMutationTest, ExternOperationsCallTheRegisteredFunction) {
  Outcome outcome =
      call(with_argument(leaf("importCatalog"), "url", string_value("https://feed/1")));
  ASSERT_FALSE(outcome.error) << outcome.error->message;
  EXPECT_EQ(outcome.json, "3");
  EXPECT_EQ(scalar("SELECT count(*) FROM catalog_product_category WHERE id = 'https://feed/1'"),
            "1");
  // Its own errors pass through untouched.
  Outcome failed = call(with_argument(leaf("importCatalog"), "url", string_value("")));
  expect_bad_input(failed, "url");
}

TEST_P(NamedMutationTest, AnExternMayThrowAnApiError) {
  externs_.add("importCatalog",
               [](api::ExternCall&, std::string&) -> std::optional<graphql::Error> {
                 throw graphql::Error{"the feed is down", "CONFLICT", {}, {}, {}};
               });
  ResolverTable table;
  register_mutations(table, catalog_model(), externs_);
  graphql::FieldSelection field = with_argument(leaf("importCatalog"), "url", string_value("x"));
  graphql::ResolveContext context{admin_session(), {field.response_key}};
  std::string out;
  std::optional<graphql::Error> error = table.at("Mutation", "importCatalog")(field, context, out);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->code, "CONFLICT");
  EXPECT_EQ(error->message, "the feed is down");
  EXPECT_EQ(out, "");
}

TEST_P(NamedMutationTest, AMissingExternImplementationFailsRegistration) {
  ResolverTable table;
  api::ExternRegistry none;
  EXPECT_THROW(register_mutations(table, catalog_model(), none), std::invalid_argument);
}

TEST_P(NamedMutationTest, EveryAllowedEntityOperationIsRegistered) {
  for (const char* name :
       {"createProduct", "updateProduct", "deleteProduct", "createReview", "createProductCategory",
        "deleteUser", "archiveProduct", "importCatalog"}) {
    EXPECT_TRUE(resolvers_.has("Mutation", name)) << name;
  }
}

// A `delete` mutation returning its object (read before it goes) and one returning a
// Boolean, on a copy of the catalog model.
TEST_P(NamedMutationTest, DeletingMutationsRemoveTheTargetRow) {
  model::Model extended = catalog_model();
  model::NamedOperation discard;
  discard.graphql_name = "discardProduct";
  discard.mutation = true;
  discard.parameters.push_back({"product", "product", model::Kind::Reference, kProduct, false});
  discard.target_parameter = 0;
  discard.deletes = true;
  discard.result_entity = kProduct;
  discard.rules.emplace_back().principals.push_back({model::PrincipalKind::Admin, {}});
  model::NamedOperation forget = discard;
  forget.graphql_name = "forgetProduct";
  forget.result_entity = -1;
  forget.result_kind = model::Kind::Bool;
  extended.operations.push_back(discard);
  extended.operations.push_back(forget);
  ResolverTable table;
  register_mutations(table, extended, externs_);
  auto run = [&](const std::string& name, graphql::FieldSelection field, const std::string& key) {
    field =
        with_argument(std::move(field), "product", string_value(encode_global_id("Product", key)));
    graphql::ResolveContext context{admin_session(), {name}};
    Outcome outcome;
    outcome.error = table.at("Mutation", name)(field, context, outcome.json);
    return outcome;
  };

  std::string laptop = create_product();
  Outcome discarded =
      run("discardProduct", object("discardProduct", "Product", {leaf("name")}), laptop);
  ASSERT_FALSE(discarded.error) << discarded.error->message;
  EXPECT_EQ(canonical_json(discarded.json), R"({"name":"Laptop"})");
  EXPECT_EQ(scalar("SELECT count(*) FROM catalog_product"), "0");
  expect_error(run("discardProduct", object("discardProduct", "Product", {leaf("name")}), laptop),
               "NOT_FOUND", "no Product with this id");

  std::string phone = create_product({{"name", string_value("Phone")}});
  Outcome forgotten = run("forgetProduct", leaf("forgetProduct"), phone);
  ASSERT_FALSE(forgotten.error) << forgotten.error->message;
  EXPECT_EQ(forgotten.json, "true");
  EXPECT_EQ(scalar("SELECT count(*) FROM catalog_product"), "0");
}

INSTANTIATE_TEST_SUITE_P(Dialects, NamedMutationTest, dbtest::kBothDialects,
                         dbtest::dialect_test_name);

}  // namespace
}  // namespace lys::test
