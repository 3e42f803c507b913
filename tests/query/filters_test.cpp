// Filters on root and nested connections, named queries, and the plan cache.
#include "planner_fixture.h"

namespace lys::query::test {
namespace {

using Members = std::vector<Value::Field>;

// The names of the products matching `filter`, in id order, as a JSON array.
FieldSelection products_where(Value filter) {
  return F("products")
      .arg("filter", std::move(filter))
      .on("ProductConnection", {F("nodes").on("Product", {F("name")})});
}

std::string names(std::vector<std::string> list) {
  std::string json = R"({"nodes":[)";
  for (std::size_t i = 0; i < list.size(); ++i) {
    json += (i ? "," : "") + std::string(R"({"name":")") + list[i] + R"("})";
  }
  return normalized(json + "]}");
}

Value where(std::string field, Members conditions) {
  return Obj({{std::move(field), Obj(std::move(conditions))}});
}

TEST_P(PlannerTest, ScalarOperators) {
  EXPECT_EQ(query(products_where(where("price", {{"gt", Str("49.5")}}))),
            names({"Laptop", "Phone"}));
  EXPECT_EQ(query(products_where(where("price", {{"lte", Str("19.90")}}))),
            names({"T-shirt", "Headphones"}));
  EXPECT_EQ(query(products_where(where("stock", {{"gte", Int(5)}, {"lt", Int(12)}}))),
            names({"Phone", "Headphones"}));
  EXPECT_EQ(query(products_where(where("status", {{"eq", Enum("ACTIVE")}}))),
            names({"Laptop", "Phone", "Jeans"}));
  EXPECT_EQ(
      query(products_where(where("status", {{"in", List({Enum("DRAFT"), Enum("ARCHIVED")})}}))),
      names({"T-shirt", "Headphones"}));
  EXPECT_EQ(query(products_where(where("status", {{"in", List({})}}))), names({}));
  EXPECT_EQ(query(products_where(where("rating", {{"isNull", Bool(true)}}))),
            names({"T-shirt", "Headphones"}));
  EXPECT_EQ(query(products_where(where("rating", {{"isNull", Bool(false)}, {"neq", Int(3)}}))),
            names({"Laptop", "Phone"}));
  EXPECT_EQ(query(products_where(where("featured", {{"eq", Bool(true)}}))), names({"Laptop"}));
  EXPECT_EQ(query(products_where(where("weightGrams", {{"gt", Str("1000")}}))), names({"Laptop"}));
  EXPECT_EQ(
      query(products_where(where("sku", {{"eq", Str("6f1c2b0e-8a53-4c1e-9d3f-2a7b5c9e0d14")}}))),
      names({"Laptop"}));
  EXPECT_EQ(query(products_where(where("releasedOn", {{"gte", Str("2026-01-01")}}))),
            names({"Laptop"}));
  // Another spelling of the same instant.
  EXPECT_EQ(query(products_where(where("createdAt", {{"gte", Str("2026-03-04T10:00:00Z")}}))),
            names({"Headphones", "Jeans"}));
  EXPECT_EQ(query(products_where(where("name", {{"ilike", Str("%PHONE%")}}))),
            names({"Phone", "Headphones"}));
  EXPECT_EQ(query(products_where(where("name", {{"like", Str("J%")}}))), names({"Jeans"}));
  // `like` is case-sensitive on both dialects, wildcards and all.
  EXPECT_EQ(query(products_where(where("name", {{"like", Str("j%")}}))), names({}));
  EXPECT_EQ(query(products_where(where("name", {{"like", Str("_-shir_")}}))), names({"T-shirt"}));
  EXPECT_EQ(query(products_where(where("name", {{"like", Str("*")}}))), names({}));
  // An explicit null operator is no condition.
  EXPECT_EQ(query(products_where(where("name", {{"eq", Value{}}}))),
            names({"Laptop", "T-shirt", "Phone", "Headphones", "Jeans"}));
}

TEST_P(PlannerTest, BooleanCombinators) {
  Value cheap = where("price", {{"lt", Str("50")}});
  Value clothing = where("category", {{"eq", Str(gid("ProductCategory", "CLOTHING"))}});
  EXPECT_EQ(query(products_where(Obj({{"and", List({cheap, clothing})}}))),
            names({"T-shirt", "Jeans"}));
  EXPECT_EQ(
      query(products_where(Obj({{"or", List({where("stock", {{"eq", Int(12)}}), clothing})}}))),
      names({"Laptop", "T-shirt", "Jeans"}));
  // `not` of an unknown (NULL rating) condition holds.
  EXPECT_EQ(query(products_where(Obj({{"not", where("rating", {{"gt", Int(4)}})}}))),
            names({"T-shirt", "Headphones", "Jeans"}));
  EXPECT_EQ(query(products_where(Obj({{"or", List({})}}))), names({}));
  EXPECT_EQ(query(products_where(Obj({{"search", Str("PHO")}}))), names({"Phone", "Headphones"}));
  // LIKE wildcards in searched text are literal.
  EXPECT_EQ(query(products_where(Obj({{"search", Str("%")}}))), names({}));
}

TEST_P(PlannerTest, ReferenceAndIdFiltersTakeGlobalIds) {
  EXPECT_EQ(query(products_where(where("owner", {{"eq", Str(gid("User", uuid('a', 1)))}}))),
            names({"Laptop"}));
  EXPECT_EQ(query(products_where(where("id", {{"in", List({Str(gid("Product", uuid('b', 5))),
                                                           Str(gid("Product", uuid('b', 2)))})}}))),
            names({"T-shirt", "Jeans"}));
  EXPECT_EQ(query(products_where(where("client", {{"eq", Str(gid("Client", uuid('c', 2)))}}))),
            names({"T-shirt", "Headphones"}));
  EXPECT_THROW(query(products_where(where("owner", {{"eq", Str(gid("Product", uuid('a', 1)))}}))),
               InputError);
  EXPECT_THROW(query(products_where(where("id", {{"eq", Str("garbage")}}))), InputError);
}

TEST_P(PlannerTest, NestedConnectionsTakeFiltersToo) {
  FieldSelection laptop =
      F("product")
          .arg("id", Str(gid("Product", uuid('b', 1))))
          .on("Product", {F("reviews")
                              .arg("filter", where("rating", {{"gte", Int(4)}}))
                              .on("ReviewConnection",
                                  {F("totalCount"), F("nodes").on("Review", {F("body")})})});
  EXPECT_EQ(
      query(laptop),
      normalized(
          R"({"reviews":{"totalCount":2,"nodes":[{"body":"Fast and quiet."},{"body":"Good."}]}})"));
}

TEST_P(PlannerTest, NamedQueryBindsItsArgumentsAndOrder) {
  auto search = [](Members arguments) {
    F field("searchProducts");
    for (auto& [name, value] : arguments) field.arg(name, value);
    return field.on("ProductConnection", {F("totalCount"), F("nodes").on("Product", {F("name")})});
  };
  // Newest first.
  EXPECT_EQ(
      query(search({{"text", Str("%o%")}})),
      normalized(
          R"({"totalCount":3,"nodes":[{"name":"Headphones"},{"name":"Phone"},{"name":"Laptop"}]})"));
  EXPECT_EQ(query(search({{"text", Str("%o%")},
                          {"category", Str(gid("ProductCategory", "ELECTRONICS"))},
                          {"first", Int(1)}})),
            normalized(R"({"totalCount":3,"nodes":[{"name":"Headphones"}]})"));
  EXPECT_EQ(
      query(search({{"text", Str("%")}, {"category", Str(gid("ProductCategory", "CLOTHING"))}})),
      normalized(R"({"totalCount":2,"nodes":[{"name":"Jeans"},{"name":"T-shirt"}]})"));
  EXPECT_THROW(query(search({{"text", Str("%")}, {"category", Str(gid("Product", "CLOTHING"))}})),
               InputError);
}

// The template uses `category` twice; a plan from the cache binds it once, as the
// plan that wrote the SQL did.
TEST_P(PlannerTest, ACachedNamedQueryPlanBindsEachArgumentOnce) {
  auto search = [](Members arguments) {
    F field("searchProducts");
    for (auto& [name, value] : arguments) field.arg(name, value);
    return field.on("ProductConnection", {F("totalCount"), F("nodes").on("Product", {F("name")})});
  };
  for (int time = 0; time < 2; ++time) {
    EXPECT_EQ(query(search({{"text", Str("%o%")}})),
              normalized(R"({"totalCount":3,"nodes":[{"name":"Headphones"},{"name":"Phone"},)"
                         R"({"name":"Laptop"}]})"))
        << time;
    EXPECT_EQ(
        query(search({{"text", Str("%")}, {"category", Str(gid("ProductCategory", "CLOTHING"))}})),
        normalized(R"({"totalCount":2,"nodes":[{"name":"Jeans"},{"name":"T-shirt"}]})"))
        << time;
  }
}

TEST_P(PlannerTest, NamedQueriesOfListAndSingleShape) {
  EXPECT_EQ(
      query(F("stockedProducts").arg("min", Int(5)).on("Product", {F("name"), F("stock")})),
      normalized(
          R"([{"name":"Laptop","stock":12},{"name":"Headphones","stock":7},{"name":"Phone","stock":5}])"));
  EXPECT_EQ(query(F("stockedProducts").arg("min", Int(50)).on("Product", {F("name")})), "[]");
  auto by_sku = [](const std::string& sku) {
    return F("productBySku")
        .arg("sku", Str(sku))
        .on("Product", {F("name"), F("category").on("ProductCategory", {F("code")})});
  };
  EXPECT_EQ(query(by_sku("6f1c2b0e-8a53-4c1e-9d3f-2a7b5c9e0d14")),
            normalized(R"({"name":"Laptop","category":{"code":"ELECTRONICS"}})"));
  EXPECT_EQ(query(by_sku("6f1c2b0e-8a53-4c1e-9d3f-000000000000")), "null");
  EXPECT_THROW(query(by_sku("not-a-uuid")), InputError);
}

TEST_P(PlannerTest, MalformedScalarsAreBadUserInput) {
  EXPECT_THROW(query(products_where(where("createdAt", {{"gt", Str("yesterday")}}))), InputError);
  EXPECT_THROW(query(products_where(where("price", {{"eq", Str("12,50")}}))), InputError);
  EXPECT_THROW(query(products_where(where("sku", {{"in", List({Str("6f1c")})}}))), InputError);
  EXPECT_THROW(query(products_where(where("owner", {{"eq", Str(gid("User", "bob"))}}))),
               InputError);
  // A cursor whose price is not a number.
  FieldSelection page =
      F("products")
          .arg("after", Str(encode_cursor(R"(["cheap",")" + uuid('b', 1) + R"("])")))
          .arg("orderBy", List({Obj({{"field", Enum("PRICE")}, {"direction", Enum("ASC")}})}))
          .on("ProductConnection", {F("totalCount"), F("nodes").on("Product", {F("name")})});
  EXPECT_THROW(query(page), InputError);
  EXPECT_EQ(
      query(products_where(where("publishedAt", {{"lt", Str("2026-02-01T10:30:00.5+01:00")}}))),
      names({"Laptop"}));
}

TEST_P(PlannerTest, PlansAreCachedByShapeNotValues) {
  auto page = [](std::int64_t first, const std::string& text) {
    return F("products")
        .arg("first", Int(first))
        .arg("filter", where("name", {{"ilike", Str(text)}}))
        .on("ProductConnection", {F("nodes").on("Product", {F("name")})});
  };
  std::optional<Statement> a = planner_->plan_root(page(1, "%a%"), session_);
  std::optional<Statement> b =
      planner_->plan_root(page(3, "'; DROP TABLE catalog_product; --"), session_);
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->sql, b->sql);  // the same cached text, not an equal copy
  EXPECT_EQ(a->sql->find("DROP"), std::string::npos);
  EXPECT_NE(a->params, b->params);
  std::size_t plans = planner_->cache_stats().entries;

  std::optional<Statement> aliased = planner_->plan_root(
      F("products")
          .arg("first", Int(1))
          .arg("filter", where("name", {{"ilike", Str("x")}}))
          .on("ProductConnection", {F("nodes").as("items").on("Product", {F("name")})}),
      session_);
  EXPECT_NE(*aliased->sql, *a->sql);
  EXPECT_EQ(planner_->cache_stats().entries, plans + 1);

  // The cached plan binds the new values correctly.
  EXPECT_EQ(query(page(2, "%o%")), names({"Laptop", "Phone"}));
  EXPECT_EQ(query(page(1, "%o%")), names({"Laptop"}));
}

// A filter whose SQL grows with n: `or` of n name comparisons.
Value any_of_names(std::size_t n) {
  return Obj({{"or", List(std::vector(n, where("name", {{"eq", Str("x")}})))}});
}

// How many plans the cache holds after 40 shapes whose SQL grows with each. Planning
// needs no database.
std::size_t plans_kept_of_forty(PlanCacheLimits limits) {
  Planner planner(catalog_model(), db::Dialect::Postgres, limits);
  for (std::size_t n = 1; n <= 40; ++n) {
    EXPECT_TRUE(planner.plan_root(products_where(any_of_names(n)), access::Session{}));
  }
  return planner.cache_stats().entries;
}

TEST(PlanCacheTest, InListsOfAnyLengthShareOnePlan) {
  Planner planner(catalog_model(), db::Dialect::Postgres);
  auto in_list = [&](std::size_t n) {
    return planner.plan_root(
        products_where(where("name", {{"in", List(std::vector(n, Str("x")))}})), access::Session{});
  };
  std::optional<Statement> one = in_list(1);
  std::optional<Statement> many = in_list(500);
  ASSERT_TRUE(one && many);
  EXPECT_EQ(one->sql, many->sql);  // the same cached text
  EXPECT_EQ(one->params.size(), many->params.size());
  // An empty list is another statement: it matches nothing without a parameter.
  std::optional<Statement> none = in_list(0);
  ASSERT_TRUE(none);
  EXPECT_NE(*none->sql, *one->sql);
  EXPECT_EQ(planner.cache_stats().entries, 2u);
}

TEST(PlanCacheTest, StartsOverPastItsBounds) {
  EXPECT_EQ(plans_kept_of_forty({}), 40u);
  EXPECT_LE(plans_kept_of_forty({.max_plans = 10}), 10u);
  EXPECT_LT(plans_kept_of_forty({.max_bytes = 16 * 1024}), 40u);
}

TEST(PlanCacheTest, CountsHitsMissesAndTheBytesItHolds) {
  Planner planner(catalog_model(), db::Dialect::Postgres);
  auto or_list = [&](std::size_t n) {
    return planner.plan_root(products_where(any_of_names(n)), access::Session{});
  };
  std::optional<Statement> one = or_list(1);
  std::optional<Statement> two = or_list(2);
  ASSERT_TRUE(one && two && or_list(1));
  CacheStats stats = planner.cache_stats();
  EXPECT_EQ(stats.misses, 2u);
  EXPECT_EQ(stats.hits, 1u);
  EXPECT_EQ(stats.entries, 2u);
  // The SQL of both plans and their keys.
  EXPECT_GT(stats.bytes, one->sql->size() + two->sql->size());
  EXPECT_LT(stats.bytes, 2 * (one->sql->size() + two->sql->size()));
}

}  // namespace
}  // namespace lys::query::test
