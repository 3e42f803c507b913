// createX on both databases: the payload as stored, defaults, and every way a create
// fails without keeping anything.
#include "lys/query/global_id.h"
#include "mutation_fixture.h"

namespace lys::test {
namespace {

using query::encode_global_id;

class CreateTest : public MutationTest {
 protected:
  Outcome create(graphql::Value input, const access::Session& session = admin_session()) {
    return call(with_argument(object("createProduct", "ProductPayload",
                                     {leaf("__typename"), product_selection()}),
                              "input", std::move(input)),
                session);
  }
  std::string product_count() { return scalar("SELECT count(*) FROM catalog_product"); }
};

TEST_P(CreateTest, InsertsTheRowAndReturnsItAsStored) {
  access::Session alice = admin_session();
  alice.user_id = kAliceKey;
  Outcome outcome = create(product_input({{"stock", int_value(12)}}), alice);
  ASSERT_FALSE(outcome.error) << outcome.error->message;
  std::string key = scalar("SELECT id FROM catalog_product");
  EXPECT_EQ(canonical_json(outcome.json),
            canonical_json(R"({"__typename":"ProductPayload","product":{"id":")" +
                           encode_global_id("Product", key) +
                           R"(","name":"Laptop","price":"999.99","status":"DRAFT","stock":12,)"
                           R"("description":null,"featured":false,"version":1,)"
                           R"("category":{"code":"ELECTRONICS"}}})"));
  // owner = current_user, from the session.
  EXPECT_EQ(scalar("SELECT owner_id FROM catalog_product"), kAliceKey);
  EXPECT_EQ(scalar("SELECT client_id FROM catalog_product"), kAcmeKey);
}

TEST_P(CreateTest, StoresEveryScalarForm) {
  std::string key = create_product({{"weightGrams", string_value("1500")},
                                    {"rating", float_value(4.5)},
                                    {"releasedOn", string_value("2026-02-28")},
                                    {"publishedAt", string_value("2026-11-21T13:00:00+01:00")},
                                    {"status", enum_value("ACTIVE")},
                                    {"attributes", string_value(R"({"colour": "red"})")},
                                    {"featured", bool_value(true)}});
  std::string where = " FROM catalog_product WHERE id = '" + key + "'";
  EXPECT_EQ(scalar("SELECT weight_grams" + where), "1500");
  EXPECT_EQ(scalar("SELECT rating" + where), "4.5");
  EXPECT_EQ(scalar("SELECT released_on" + where), "2026-02-28");
  EXPECT_EQ(scalar("SELECT status" + where), "ACTIVE");
  EXPECT_EQ(scalar("SELECT CASE WHEN featured THEN 'yes' ELSE 'no' END" + where), "yes");
  EXPECT_EQ(canonical_json(scalar("SELECT attributes" + where)), R"({"colour":"red"})");
  EXPECT_EQ(
      scalar("SELECT CASE WHEN published_at = '2026-11-21T12:00:00.000Z' THEN 'same' END" + where),
      "same");
}

TEST_P(CreateTest, ParametricRowsAreKeyedByTheirCode) {
  Outcome outcome = call(with_argument(
      object("createProductCategory", "ProductCategoryPayload",
             {object("productCategory", "ProductCategory",
                     {leaf("id"), leaf("code"), leaf("description"), leaf("enabled")})}),
      "input",
      object_value({{"code", string_value("TOYS")}, {"description", string_value("Fun")}})));
  ASSERT_FALSE(outcome.error) << outcome.error->message;
  EXPECT_EQ(
      canonical_json(outcome.json),
      canonical_json(R"({"productCategory":{"id":")" + encode_global_id("ProductCategory", "TOYS") +
                     R"(","code":"TOYS","description":"Fun","enabled":true}})"));
  // The same code again is a conflict.
  expect_error(call(with_argument(
                   object("createProductCategory", "ProductCategoryPayload", {leaf("__typename")}),
                   "input", object_value({{"code", string_value("TOYS")}}))),
               "CONFLICT", "a ProductCategory with this code already exists");
}

TEST_P(CreateTest, InvalidInputFailsBeforeAnyStatement) {
  std::uint64_t statements = database_->statements_executed();
  expect_bad_input(create(product_input({{"price", string_value("1.999")}})), "input.price");
  expect_bad_input(create(product_input({{"name", string_value(std::string(256, 'n'))}})),
                   "input.name");
  expect_bad_input(create(product_input({{"status", enum_value("SOLD")}})), "input.status");
  expect_bad_input(create(product_input({{"sku", string_value("123")}})), "input.sku");
  expect_bad_input(create(product_input({{"releasedOn", string_value("2026-13-01")}})),
                   "input.releasedOn");
  expect_bad_input(create(product_input({{"publishedAt", string_value("noon")}})),
                   "input.publishedAt");
  expect_bad_input(create(product_input({{"attributes", string_value("{")}})), "input.attributes");
  expect_bad_input(create(product_input({{"stock", int_value(std::int64_t{3000000000})}})),
                   "input.stock");
  expect_bad_input(create(product_input({{"legacyCode", string_value("OLD")}})),
                   "input.legacyCode");
  expect_bad_input(create(product_input({{"thumbnail", string_value("AAAA")}})), "input.thumbnail");
  expect_bad_input(
      create(product_input({{"category", string_value(encode_global_id("Client", kAcmeKey))}})),
      "input.category");
  expect_bad_input(create(product_input({{"client", string_value("garbage")}})), "input.client");
  EXPECT_EQ(database_->statements_executed(), statements);
  EXPECT_EQ(product_count(), "0");
}

TEST_P(CreateTest, DatabaseChecksNameTheirFieldAndKeepNothing) {
  expect_bad_input(create(product_input({{"stock", int_value(-1)}})), "input.stock");
  expect_bad_input(create(product_input({{"price", string_value("-5.00")}})), "input.price");
  // A table check naming two fields reports the first.
  expect_bad_input(create(product_input({{"publishedAt", string_value("2026-01-01T00:00:00Z")}})),
                   "input.publishedAt");
  EXPECT_EQ(product_count(), "0");
}

TEST_P(CreateTest, AMissingReferencedRowNamesItsField) {
  expect_bad_input(create(product_input(
                       {{"category", string_value(encode_global_id("ProductCategory", "NOPE"))}})),
                   "input.category");
  EXPECT_EQ(product_count(), "0");
}

TEST_P(CreateTest, UniqueViolationIsAConflictNamingTheIndexFields) {
  create_product();
  expect_error(create(product_input({{"sku", string_value(kOtherSku)}})), "CONFLICT",
               "another Product has the same 'client', 'name'");
  expect_error(create(product_input({{"name", string_value("Phone")}})), "CONFLICT",
               "another Product has the same 'sku'");
  EXPECT_EQ(product_count(), "1");
}

INSTANTIATE_TEST_SUITE_P(Dialects, CreateTest, dbtest::kBothDialects, dbtest::dialect_test_name);

}  // namespace
}  // namespace lys::test
