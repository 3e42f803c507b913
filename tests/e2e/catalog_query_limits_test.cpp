// The operation limits (lys/graphql/query_limits.h) at their defaults: an operation
// past one is refused whole, with its code and status, before a single SQL statement
// runs, and the server goes on answering.
#include <gtest/gtest.h>

#include "support/catalog.h"

namespace lys::e2e {
namespace {

class CatalogQueryLimits : public SampleCatalogTest {
 protected:
  void expect_refused(const std::string& document, int status, const std::string& code,
                      const std::string& variables = "{}") {
    TestServer& server = catalog().server();
    const std::uint64_t before = server.statements_executed();
    HttpResponse response =
        server.post_graphql_with_token(administrator_token(), document, variables);
    EXPECT_EQ(response.status, status) << response.body;
    Json json = parse_json(response.body);
    ASSERT_TRUE(json) << response.body;
    EXPECT_EQ(first_error_code(json.get()), code) << response.body;
    EXPECT_EQ(at(json.get(), "data"), nullptr) << response.body;
    EXPECT_EQ(server.statements_executed(), before) << "SQL ran for a refused operation";
    EXPECT_EQ(catalog().data("{ __typename }"), R"({"__typename":"Query"})");
  }

  std::string message_of(const std::string& document, const std::string& variables = "{}") {
    Json json = catalog().post(document, variables);
    return text_at(json.get(), "errors[0].message");
  }
};
LYS_CATALOG_SUITE(CatalogQueryLimits);

// `levels` times products → edges → node → category: four levels each.
std::string nested_products(int levels) {
  std::string document = "{ ";
  for (int i = 0; i < levels; ++i) document += "products(first: 1) { edges { node { category { ";
  document += "code";
  for (int i = 0; i < levels * 4; ++i) document += " }";
  return document + " }";
}

TEST_P(CatalogQueryLimits, TwelveLevelsAreServedAndADepthBombIsTooComplex) {
  EXPECT_NE(catalog().data(nested_products(3)), "null");
  expect_refused(nested_products(4), 400, "TOO_COMPLEX");
  EXPECT_EQ(message_of(nested_products(4)),
            "The operation nests 16 levels of fields; at most 12 are allowed.");
}

TEST_P(CatalogQueryLimits, FifteenAliasesAreServedAndAnAliasBombIsTooComplex) {
  auto aliased = [](int count) {
    std::string document = "{ ";
    for (int i = 0; i < count; ++i) {
      document +=
          "p" + std::to_string(i) + ": product(id: \"" + product_id("laptop") + "\") { name } ";
    }
    return document + "}";
  };
  EXPECT_NE(catalog().data(aliased(15)), "null");
  expect_refused(aliased(16), 400, "TOO_COMPLEX");
  expect_refused(aliased(500), 400, "TOO_COMPLEX");
}

TEST_P(CatalogQueryLimits, ATokenBombIsTooComplexWithoutBeingReadToTheEnd) {
  std::string bomb = "{ products { totalCount";
  for (int i = 0; i < 50'000; ++i) bomb += " __typename";
  bomb += " } }";
  expect_refused(bomb, 400, "TOO_COMPLEX");
  EXPECT_EQ(message_of(bomb), "Document contains more than 15000 tokens.");
}

TEST_P(CatalogQueryLimits, NestedConnectionsCostTheirPageSizesMultiplied) {
  const std::string document =
      "query ($n: Int) { products(first: $n) { nodes { category { "
      "products(first: $n) { nodes { name } } } } } }";
  // 1 + n × (nodes 1 + category 1 + products (1 + n × nodes 1)).
  EXPECT_NE(catalog().data(document, R"({"n": 10})"), "null");
  expect_refused(document, 400, "TOO_COMPLEX", R"({"n": 100})");
  EXPECT_EQ(message_of(document, R"({"n": 100})"),
            "The operation's cost is 10301; at most 5000 is allowed.");
  // Without `first`, a connection counts its default page of 20.
  expect_refused(
      "{ products { nodes { category { products { nodes { reviews { nodes { id } } } } } } } }",
      400, "TOO_COMPLEX");
}

TEST_P(CatalogQueryLimits, APageOverOneHundredIsBadUserInputBeforeAnySql) {
  expect_refused("{ a: products(first: 1) { totalCount } b: products(first: 101) { totalCount } }",
                 400, "BAD_USER_INPUT");
  expect_refused(
      "query ($n: Int) { products(first: 1) { nodes { category { products(last: $n) "
      "{ totalCount } } } } }",
      400, "BAD_USER_INPUT", R"({"n": 1000})");
  Json json = catalog().post(
      "{ products(first: 1) { nodes { c: category { products(last: 101) "
      "{ totalCount } } } } }");
  EXPECT_EQ(print(at(json.get(), "errors[0].path")), R"(["products","nodes","c","products"])");
  EXPECT_EQ(text_at(json.get(), "errors[0].message"), "'last' must be at most 100");
}

TEST_P(CatalogQueryLimits, FragmentCyclesFailValidation) {
  expect_refused(
      "{ products { ...Page } } fragment Page on ProductConnection { nodes { ...Item } } "
      "fragment Item on Product { category { products { ...Page } } }",
      400, "GRAPHQL_VALIDATION_FAILED");
}

// The limits are settings of the server.
TEST(CatalogQueryLimitSettings, EachLimitIsAnEnvironmentVariable) {
  TestDatabase database = TestDatabase::sqlite();
  TestServer server(catalog_binary(), database,
                    {{"LYS_MAX_QUERY_DEPTH", "2"},
                     {"LYS_MAX_QUERY_ALIASES", "1"},
                     {"LYS_MAX_QUERY_TOKENS", "20"},
                     {"LYS_MAX_QUERY_COST", "3"}});
  auto code_of = [&](const std::string& document) {
    HttpResponse response = server.post_graphql_with_token(administrator_token(), document);
    Json json = parse_json(response.body);
    return std::string(first_error_code(json.get()));
  };
  EXPECT_EQ(code_of("{ a: __typename productCategories(first: 1) { nodes { code } } }"), "");
  EXPECT_EQ(code_of("{ productCategories(first: 1) { nodes { products { totalCount } } } }"),
            "TOO_COMPLEX");
  EXPECT_EQ(code_of("{ a: __typename b: __typename }"), "TOO_COMPLEX");
  EXPECT_EQ(code_of("{ productCategories(first: 3) { nodes { code } } }"), "TOO_COMPLEX");
  std::string long_document = "{";
  for (int i = 0; i < 20; ++i) long_document += " __typename";
  EXPECT_EQ(code_of(long_document + " }"), "TOO_COMPLEX");
}

}  // namespace
}  // namespace lys::e2e
