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

TEST_P(NamedMutationTest, AMissingExternImplementationFailsRegistration) {
  ResolverTable table;
  api::ExternRegistry none;
  EXPECT_THROW(api::register_mutation_resolvers(table, catalog_model(), *database_, none),
               std::invalid_argument);
}

TEST_P(NamedMutationTest, EveryAllowedEntityOperationIsRegistered) {
  for (const char* name :
       {"createProduct", "updateProduct", "deleteProduct", "createReview", "createProductCategory",
        "deleteUser", "archiveProduct", "importCatalog"}) {
    EXPECT_TRUE(resolvers_.has("Mutation", name)) << name;
  }
}

INSTANTIATE_TEST_SUITE_P(Dialects, NamedMutationTest, dbtest::kBothDialects,
                         dbtest::dialect_test_name);

}  // namespace
}  // namespace lys::test
