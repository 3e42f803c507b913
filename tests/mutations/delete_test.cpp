// deleteX on both databases.
#include "lys/query/global_id.h"
#include "mutation_fixture.h"

namespace lys::test {
namespace {

using query::encode_global_id;

class DeleteTest : public MutationTest {
 protected:
  Outcome remove(const std::string& field, const std::string& type, const std::string& key) {
    return call(
        with_argument(object(field, "DeletePayload", {leaf("__typename"), leaf("deletedId")}),
                      "input", object_value({{"id", string_value(encode_global_id(type, key))}})));
  }
};

TEST_P(DeleteTest, RemovesTheRowAndReturnsItsGlobalId) {
  std::string key = create_product();
  Outcome outcome = remove("deleteProduct", "Product", key);
  ASSERT_FALSE(outcome.error) << outcome.error->message;
  EXPECT_EQ(outcome.json, R"({"__typename":"DeletePayload","deletedId":")" +
                              encode_global_id("Product", key) + R"("})");
  EXPECT_EQ(scalar("SELECT count(*) FROM catalog_product"), "0");
  expect_error(remove("deleteProduct", "Product", key), "NOT_FOUND", "no Product with this id");
}

TEST_P(DeleteTest, AStillReferencedRowIsAConflictAndStays) {
  create_product();
  expect_error(remove("deleteProductCategory", "ProductCategory", "ELECTRONICS"), "CONFLICT",
               "the ProductCategory is still referenced");
  EXPECT_EQ(scalar("SELECT count(*) FROM catalog_product_category WHERE id = 'ELECTRONICS'"), "1");
  ASSERT_FALSE(remove("deleteProductCategory", "ProductCategory", "CLOTHING").error);
}

TEST_P(DeleteTest, AnIdOfAnotherTypeIsBadInput) {
  std::string key = create_product();
  expect_bad_input(remove("deleteProduct", "Review", key), "input.id");
  expect_bad_input(remove("deleteProductCategory", "Product", key), "input.id");
  EXPECT_EQ(scalar("SELECT count(*) FROM catalog_product"), "1");
}

INSTANTIATE_TEST_SUITE_P(Dialects, DeleteTest, dbtest::kBothDialects, dbtest::dialect_test_name);

}  // namespace
}  // namespace lys::test
