// By-id fields, node and nodes: value forms, references, ids, aliases.
#include "planner_fixture.h"

namespace lys::query::test {
namespace {

const std::string kLaptop = uuid('b', 1);

FieldSelection product_by_id(const std::string& id, std::vector<FieldSelection> fields) {
  return F("product").arg("id", Str(id)).on("Product", std::move(fields));
}

TEST_P(PlannerTest, ByIdWritesEveryValueForm) {
  std::string json = query(product_by_id(
      gid("Product", kLaptop),
      {F("__typename"),
       F("id"),
       F("name"),
       F("price"),
       F("status"),
       F("stock"),
       F("description"),
       F("sku"),
       F("weightGrams"),
       F("rating"),
       F("releasedOn"),
       F("attributes"),
       F("featured"),
       F("publishedAt"),
       F("legacyCode"),
       F("createdAt"),
       F("version"),
       F("category").on("ProductCategory", {F("id"), F("code"), F("enabled"), F("description")}),
       F("client").on("Client", {F("name"), F("owner").on("User", {F("email")})}),
       F("owner").as("seller").on("User", {F("firstName"), F("lastName")})}));
  EXPECT_EQ(
      json,
      normalized(R"({"__typename":"Product","id":")" + gid("Product", kLaptop) +
                 R"(","name":"Laptop","price":"999.99","status":"ACTIVE","stock":12,)"
                 R"("description":"A fast laptop.","sku":"6f1c2b0e-8a53-4c1e-9d3f-2a7b5c9e0d14",)"
                 R"("weightGrams":"1500","rating":4.5,"releasedOn":"2026-01-15",)"
                 R"("attributes":{"color":"grey","ports":[1,2]},"featured":true,)"
                 R"("publishedAt":"2026-02-01T09:30:00.000Z","legacyCode":"L-1",)"
                 R"("createdAt":"2026-03-01T10:00:00.000Z","version":3,)"
                 R"("category":{"id":")" +
                 gid("ProductCategory", "ELECTRONICS") +
                 R"(","code":"ELECTRONICS","enabled":true,)"
                 R"("description":"Electronic devices and accessories."},)"
                 R"("client":{"name":"Acme","owner":{"email":"bob@example.com"}},)"
                 R"("seller":{"firstName":"Bob","lastName":null}})"));
}

TEST_P(PlannerTest, ByIdWritesNullsAndDecimalScale) {
  std::string json = query(
      product_by_id(gid("Product", uuid('b', 2)),
                    {F("price"), F("weightGrams"), F("rating"), F("releasedOn"), F("attributes"),
                     F("featured"), F("publishedAt"), F("owner").on("User", {F("email")})}));
  EXPECT_EQ(json, normalized(R"({"price":"19.90","weightGrams":null,"rating":null,)"
                             R"("releasedOn":null,"attributes":null,"featured":false,)"
                             R"("publishedAt":null,"owner":null})"));
}

TEST_P(PlannerTest, ByIdOfAMissingRowOrAnotherTypeIsNull) {
  EXPECT_EQ(query(product_by_id(gid("Product", uuid('b', 9)), {F("name")})), "null");
  // A review's id does not name a product, even with a product's key.
  EXPECT_EQ(query(product_by_id(gid("Review", kLaptop), {F("name")})), "null");
  EXPECT_EQ(query(product_by_id("not a global id", {F("name")})), "null");
  EXPECT_EQ(query(product_by_id(gid("Product", "not-a-uuid"), {F("name")})), "null");
}

TEST_P(PlannerTest, NodeUsesTheFragmentOfTheIdsType) {
  auto node = [](const std::string& id) {
    return F("node")
        .arg("id", Str(id))
        .on("Product", {F("__typename"), F("id"), F("name")})
        .on("ProductCategory", {F("__typename"), F("code")});
  };
  EXPECT_EQ(query(node(gid("ProductCategory", "BOOKS"))),
            normalized(R"({"__typename":"ProductCategory","code":"BOOKS"})"));
  EXPECT_EQ(query(node(gid("Product", kLaptop))),
            normalized(R"({"__typename":"Product","id":")" + gid("Product", kLaptop) +
                       R"(","name":"Laptop"})"));
  EXPECT_EQ(query(node(gid("Nothing", kLaptop))), "null");
}

TEST_P(PlannerTest, NodesKeepsOrderWithNullForMissing) {
  FieldSelection nodes =
      F("nodes")
          .arg("ids", List({Str(gid("Review", uuid('e', 4))), Str(gid("Product", uuid('b', 9))),
                            Str("garbage"), Str(gid("Product", uuid('b', 3)))}))
          .on("Product", {F("name")})
          .on("Review", {F("rating"), F("product").on("Product", {F("name")})});
  std::uint64_t before = statements();
  EXPECT_EQ(
      query(nodes),
      normalized(R"([{"rating":2,"product":{"name":"T-shirt"}},null,null,{"name":"Phone"}])"));
  EXPECT_EQ(statements() - before, 1u);
  EXPECT_EQ(query(F("nodes").arg("ids", List({})).on("Product", {F("name")})), "[]");
}

TEST_P(PlannerTest, AliasesSelectTheSameFieldWithDifferentArguments) {
  std::string json = query(product_by_id(
      gid("Product", kLaptop),
      {F("reviews")
           .as("best")
           .arg("first", Int(1))
           .arg("orderBy", List({Obj({{"field", Enum("RATING")}, {"direction", Enum("DESC")}})}))
           .on("ReviewConnection", {F("nodes").on("Review", {F("rating")})}),
       F("reviews")
           .as("worst")
           .arg("first", Int(1))
           .arg("orderBy", List({Obj({{"field", Enum("RATING")}, {"direction", Enum("ASC")}})}))
           .on("ReviewConnection", {F("nodes").on("Review", {F("rating")}), F("totalCount")})}));
  EXPECT_EQ(json, normalized(R"({"best":{"nodes":[{"rating":5}]},)"
                             R"("worst":{"nodes":[{"rating":3}],"totalCount":3}})"));
}

TEST_P(PlannerTest, PlanObjectServesMutationPayloads) {
  graphql::SelectionSet selection{
      {{"Product", {F("name"), F("category").on("ProductCategory", {F("code")})}}}};
  Statement statement = planner_->plan_object(kProduct, uuid('b', 3), selection, session_);
  std::string out;
  run(*database_->acquire(), statement, out);
  EXPECT_EQ(normalized(out), normalized(R"({"name":"Phone","category":{"code":"ELECTRONICS"}})"));
}

INSTANTIATE_TEST_SUITE_P(Dialects, PlannerTest,
                         ::testing::Values(db::Dialect::Sqlite, db::Dialect::Postgres),
                         dbtest::dialect_test_name);

}  // namespace
}  // namespace lys::query::test
