// updateX on both databases: only the given fields change, the version and
// updatedAt move, and a stale version or a violated constraint keeps the row as it was.
#include "lys/query/global_id.h"
#include "mutation_fixture.h"

namespace lys::test {
namespace {

using query::encode_global_id;

class UpdateTest : public MutationTest {
 protected:
  void SetUp() override {
    key_ = create_product({{"description", string_value("Fast")}});
    // An old updated_at, so the bump is visible.
    scalar("UPDATE catalog_product SET updated_at = '2000-01-01T00:00:00.000Z' RETURNING id");
  }
  Outcome update(std::int64_t version, std::initializer_list<graphql::Value::Field> changes) {
    graphql::Value input = object_value(
        {{"id", string_value(encode_global_id("Product", key_))}, {"version", int_value(version)}});
    input.object.insert(input.object.end(), changes.begin(), changes.end());
    return call(with_argument(object("updateProduct", "ProductPayload", {product_selection()}),
                              "input", std::move(input)));
  }
  // The row's columns that updates may change, to show a failure kept it.
  std::string row() {
    return scalar(
        "SELECT name || '|' || stock || '|' || coalesce(description, '-') || '|' || version "
        "FROM catalog_product WHERE id = '" +
        key_ + "'");
  }
  std::string updated_at_is_old() {
    return scalar(
        "SELECT CASE WHEN updated_at = '2000-01-01T00:00:00.000Z' THEN 'old' ELSE "
        "'new' END FROM catalog_product");
  }
  std::string key_;
};

TEST_P(UpdateTest, ChangesOnlyTheGivenFieldsAndBumpsVersionAndUpdatedAt) {
  Outcome outcome = update(1, {{"stock", int_value(7)}, {"description", null_value()}});
  ASSERT_FALSE(outcome.error) << outcome.error->message;
  EXPECT_EQ(canonical_json(outcome.json),
            canonical_json(R"({"product":{"id":")" + encode_global_id("Product", key_) +
                           R"(","name":"Laptop","price":"999.99","status":"DRAFT","stock":7,)"
                           R"("description":null,"featured":false,"version":2,)"
                           R"("category":{"code":"ELECTRONICS"}}})"));
  EXPECT_EQ(row(), "Laptop|7|-|2");
  EXPECT_EQ(updated_at_is_old(), "new");
}

TEST_P(UpdateTest, AStaleVersionIsAConflictAndChangesNothing) {
  ASSERT_FALSE(update(1, {{"stock", int_value(7)}}).error);
  expect_error(update(1, {{"stock", int_value(9)}}), "CONFLICT",
               "stale version: the Product is at version 2, not 1");
  EXPECT_EQ(row(), "Laptop|7|Fast|2");
}

TEST_P(UpdateTest, AMissingRowIsNotFound) {
  scalar("DELETE FROM catalog_product RETURNING id");
  expect_error(update(1, {{"stock", int_value(9)}}), "NOT_FOUND", "no Product with this id");
}

TEST_P(UpdateTest, ViolationsNameTheirFieldAndKeepTheRow) {
  expect_bad_input(update(1, {{"stock", int_value(-3)}, {"name", string_value("Other")}}),
                   "input.stock");
  expect_bad_input(update(1, {{"name", null_value()}}), "input.name");
  expect_bad_input(update(1, {{"legacyCode", string_value("X")}}), "input.legacyCode");
  expect_bad_input(update(1, {{"createdAt", string_value("2026-01-01T00:00:00Z")}}),
                   "input.createdAt");
  expect_bad_input(
      update(1, {{"category", string_value(encode_global_id("ProductCategory", "NOPE"))}}),
      "input.category");
  EXPECT_EQ(row(), "Laptop|0|Fast|1");
  EXPECT_EQ(updated_at_is_old(), "old");
}

TEST_P(UpdateTest, AnIdOfAnotherTypeIsBadInput) {
  graphql::Value input = object_value(
      {{"id", string_value(encode_global_id("Review", key_))}, {"version", int_value(1)}});
  expect_bad_input(
      call(with_argument(object("updateProduct", "ProductPayload", {product_selection()}), "input",
                         input)),
      "input.id");
}

TEST_P(UpdateTest, AUniqueViolationIsAConflictAndKeepsTheRow) {
  create_product({{"name", string_value("Phone")}, {"sku", string_value(kOtherSku)}});
  expect_error(update(1, {{"name", string_value("Phone")}}), "CONFLICT",
               "another Product has the same 'client', 'name'");
  EXPECT_EQ(row(), "Laptop|0|Fast|1");
}

INSTANTIATE_TEST_SUITE_P(Dialects, UpdateTest, dbtest::kBothDialects, dbtest::dialect_test_name);

}  // namespace
}  // namespace lys::test
