// catalog-server's one-statement rule, read from /metrics, and what each environment
// (dev, demo, preprod, prod) lets a client see: introspection, suggestions, error detail.
#include <gtest/gtest.h>

#include <functional>

#include "support/catalog.h"

namespace lys::e2e {
namespace {

class CatalogMetrics : public SampleCatalogTest {
 protected:
  // How many SQL statements the document cost the server.
  std::uint64_t statements_for(const std::string& document) {
    std::uint64_t before = catalog().server().statements_executed();
    std::string data = catalog().data(document);
    EXPECT_NE(data, "null");
    return catalog().server().statements_executed() - before;
  }
};
LYS_CATALOG_SUITE(CatalogMetrics);

// Three levels of relations both ways, with connections, filters and page info inside.
constexpr const char* kNestedProducts = R"(
  products(first: 5, orderBy: [{field: NAME}], filter: {status: {neq: ARCHIVED}}) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node {
      name category { code products(first: 2) { totalCount nodes { name client { name } } } }
      reviews(orderBy: [{field: RATING, direction: DESC}]) {
        nodes { rating author { email } product { name category { code } } } } } } })";

TEST_P(CatalogMetrics, ANestedQueryIsOneStatementPerRootField) {
  EXPECT_EQ(statements_for(std::string("{") + kNestedProducts + "}"), 1u);
  EXPECT_EQ(statements_for(std::string("{ a: ") + kNestedProducts + " b: " + kNestedProducts +
                           " node(id: \"" + product_id("laptop") +
                           "\") { ... on Product { reviews { nodes { product { category { "
                           "products { totalCount } } } } } } } }"),
            3u);
  EXPECT_EQ(statements_for("{ reviews { nodes { product { category { products { nodes { "
                           "reviews { totalCount } } } } } } } productCategory(id: \"" +
                           category_id("CLOTHING") +
                           "\") { products { nodes { category { code } } } } }"),
            2u);
  EXPECT_EQ(statements_for("query { searchProducts(text: \"%a%\") { nodes { category { "
                           "products { nodes { reviews { totalCount } } } } } } }"),
            1u);
  // __typename costs nothing.
  EXPECT_EQ(statements_for("{ __typename }"), 0u);
}

// The caches' state, as /metrics reports it.
struct CacheReading {
  std::uint64_t entries, hits, misses;
};

TEST_P(CatalogMetrics, ReportsItsCachesAndPreparesAStatementOncePerConnection) {
  TestServer& server = catalog().server();
  auto cache = [&](const std::string& name) {
    const std::string label = "{cache=\"" + name + "\"}";
    EXPECT_GT(server.metric("lys_cache_bytes" + label), 0u);
    return CacheReading{server.metric("lys_cache_entries" + label),
                        server.metric("lys_cache_hits_total" + label),
                        server.metric("lys_cache_misses_total" + label)};
  };
  // An alias no other test uses, inside the SQL's JSON: a document, a plan and a
  // statement this server has not seen.
  const std::string document = "{ products(first: 1) { cacheProbe: totalCount } }";
  catalog().data("{ products(first: 1) { totalCount } }");  // both caches hold something
  const CacheReading documents = cache("graphql_documents");
  const CacheReading plans = cache("query_plans");
  const std::uint64_t prepared = server.metric("lys_sql_statements_prepared_total");

  catalog().data(document);
  EXPECT_EQ(cache("graphql_documents").misses, documents.misses + 1);
  EXPECT_EQ(cache("graphql_documents").entries, documents.entries + 1);
  EXPECT_EQ(cache("query_plans").misses, plans.misses + 1);
  EXPECT_EQ(cache("query_plans").entries, plans.entries + 1);
  const std::uint64_t prepared_once = server.metric("lys_sql_statements_prepared_total");
  EXPECT_EQ(prepared_once, prepared + 1);

  // Ten more: parsed, planned and prepared no more, whichever connection serves them.
  const std::uint64_t executed = server.statements_executed();
  for (int i = 0; i < 10; ++i) catalog().data(document);
  EXPECT_EQ(server.statements_executed(), executed + 10);
  EXPECT_EQ(cache("graphql_documents").misses, documents.misses + 1);
  EXPECT_GE(cache("graphql_documents").hits, documents.hits + 10);
  EXPECT_EQ(cache("query_plans").misses, plans.misses + 1);
  EXPECT_EQ(cache("query_plans").hits, plans.hits + 10);
  const std::uint64_t connections = server.metric("lys_db_pool_connections{state=\"total\"}");
  EXPECT_LT(server.metric("lys_sql_statements_prepared_total") - prepared_once, connections);
}

// One database, served by one server per environment in turn.
class CatalogModes : public ::testing::TestWithParam<Backend> {
 protected:
  // Runs `check(port)` on a server of each environment over the same database.
  void in_each(const std::vector<std::string>& environments,
               const std::function<void(const std::string& environment, int port)>& check) {
    for (const std::string& environment : environments) {
      if (environment == "dev") {
        check(environment, dev_.server().port());
        continue;
      }
      ServerBinary binary = catalog_binary();
      ServerProcess server(binary.path, {"serve", "--port", "0"},
                           server_environment(binary, dev_.database(), {{"LYS_ENV", environment}}));
      ASSERT_TRUE(wait_for_ready(server.port()));
      check(environment, server.port());
    }
  }

  static Json post(int port, const std::string& document) {
    HttpResponse response =
        send_request(port, {"POST",
                            "/graphql",
                            {{"Content-Type", "application/json"},
                             {"Authorization", "Bearer " + administrator_token()}},
                            "{\"query\":" + json_string(document) + "}"});
    Json json = parse_json(response.body);
    EXPECT_TRUE(json) << response.body;
    return json;
  }

  Catalog dev_{GetParam()};
};
LYS_CATALOG_SUITE(CatalogModes);

constexpr const char* kIntrospection =
    "{ __schema { queryType { name } } __type(name: \"Product\") { name } }";

TEST_P(CatalogModes, IntrospectionAndSuggestionsOnlyOutsideProduction) {
  in_each({"dev", "demo", "preprod", "prod"}, [](const std::string& environment, int port) {
    bool production = environment == "prod" || environment == "preprod";
    Json introspection = post(port, kIntrospection);
    if (production) {
      EXPECT_EQ(first_error_code(introspection.get()), "GRAPHQL_VALIDATION_FAILED")
          << environment << ": " << print(introspection.get());
      EXPECT_EQ(at(introspection.get(), "data"), nullptr) << environment;
    } else {
      EXPECT_EQ(print(introspection.get()), R"({"data":{"__schema":{"queryType":{"name":"Query"}},)"
                                            R"("__type":{"name":"Product"}}})")
          << environment;
    }
    // __typename is not introspection: it works everywhere.
    EXPECT_EQ(print(post(port, "{ __typename }").get()), R"({"data":{"__typename":"Query"}})")
        << environment;
    Json typo = post(port, "{ products { nodes { nme } } }");
    EXPECT_EQ(first_error_code(typo.get()), "GRAPHQL_VALIDATION_FAILED") << environment;
    EXPECT_EQ(text_at(typo.get(), "errors[0].message").find("Did you mean") != std::string::npos,
              !production)
        << environment << ": " << print(typo.get());
  });
}

// An internal failure (here: a table gone under the running server) is INTERNAL
// everywhere; only dev says what went wrong.
TEST_P(CatalogModes, InternalErrorsCarryDetailOnlyInDev) {
  SqlProbe(dev_.database().url()).execute("DROP TABLE catalog_review");
  in_each({"dev", "demo", "prod"}, [](const std::string& environment, int port) {
    for (const std::string& document :
         {std::string("{ reviews { totalCount } }"), "mutation { createReview(input: {product: \"" +
                                                         product_id("laptop") +
                                                         "\", rating: 3}) { review { id } } }"}) {
      Json response = post(port, document);
      EXPECT_EQ(first_error_code(response.get()), "INTERNAL")
          << environment << ": " << print(response.get());
      std::string message = text_at(response.get(), "errors[0].message");
      if (environment == "dev") {
        EXPECT_NE(message.find("catalog_review"), std::string::npos)
            << environment << ": " << message;
      } else {
        EXPECT_EQ(message, "internal error") << environment;
      }
      EXPECT_EQ(print(at(response.get(), "errors[0].extensions")), R"({"code":"INTERNAL"})")
          << environment;
    }
  });
}

}  // namespace
}  // namespace lys::e2e
