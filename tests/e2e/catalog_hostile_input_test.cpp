// catalog-server under hostile input, on both databases: documents and variables nested
// 100,000 deep, and SQL injection payloads in every string filter and in string inputs.
// Each gets a clean answer — an error, or the ordinary result for that text — and the
// data changes only as the request says.
#include <gtest/gtest.h>

#include <map>

#include "lys/db/ids.h"
#include "support/catalog.h"

namespace lys::e2e {
namespace {

constexpr std::size_t kDepth = 100'000;

const std::vector<std::string> kPayloads = {
    "' OR '1'='1",
    "' OR 1=1 --",
    "'; DROP TABLE catalog_product; --",
    "\" OR \"\"=\"",
    "') OR ('a'='a",
    "x'; UPDATE catalog_product SET name = 'pwned'; --",
    "' UNION SELECT id, email, NULL FROM auth_user --",
    "\\'; SELECT pg_sleep(5); --",
    "$$; DELETE FROM organization_client; $$",
    "1); DROP TABLE auth_user; --",
};

class CatalogHostileInput : public SharedCatalogTest {
 protected:
  // The error of a request the server refused as a whole; then it must still serve.
  void expect_clean_error(const HttpResponse& response, const std::string& what) {
    EXPECT_EQ(response.status, 400) << what << ": " << response.body.substr(0, 300);
    Json json = parse_json(response.body);
    ASSERT_TRUE(json) << what;
    std::string_view code = first_error_code(json.get());
    EXPECT_TRUE(code == "GRAPHQL_PARSE_FAILED" || code == "BAD_USER_INPUT") << what << ": " << code;
    EXPECT_EQ(catalog().data("{ __typename }"), R"({"__typename":"Query"})") << what;
  }

  HttpResponse post_body(const std::string& body) {
    return send_request(catalog().server().port(),
                        {"POST", "/graphql", {{"Content-Type", "application/json"}}, body});
  }

  // Every root connection field with a filter, and its filter's String fields.
  std::vector<std::pair<std::string, std::vector<std::string>>> string_filters() {
    Json schema = parse_json(
        catalog().data("{ __schema { queryType { fields { name args { name type { name } } } } "
                       "types { name inputFields { name type { name } } } } }"));
    std::vector<std::pair<std::string, std::vector<std::string>>> result;
    for (const cJSON* field : items_of(at(schema.get(), "__schema.queryType.fields"))) {
      for (const cJSON* argument : items_of(at(field, "args"))) {
        if (text_at(argument, "name") != "filter") continue;
        std::string filter_type = text_at(argument, "type.name");
        std::vector<std::string> strings;
        for (const cJSON* type : items_of(at(schema.get(), "__schema.types"))) {
          if (text_at(type, "name") != filter_type) continue;
          for (const cJSON* input : items_of(at(type, "inputFields"))) {
            if (text_at(input, "type.name") == "StringFilter") {
              strings.push_back(text_at(input, "name"));
            }
          }
        }
        if (!strings.empty()) result.emplace_back(text_at(field, "name"), strings);
      }
    }
    return result;
  }

  static std::vector<const cJSON*> items_of(const cJSON* array) {
    std::vector<const cJSON*> items;
    for (const cJSON* item = array ? array->child : nullptr; item; item = item->next) {
      items.push_back(item);
    }
    return items;
  }
};
LYS_CATALOG_SUITE(CatalogHostileInput);

TEST_P(CatalogHostileInput, ADocumentNested100000DeepIsAParseError) {
  expect_clean_error(post_body(R"({"query":")" + std::string(kDepth, '{') + R"("})"), "braces");
  std::string filter;
  for (std::size_t i = 0; i < kDepth / 10; ++i) filter += "{and: [";
  expect_clean_error(
      post_body(R"({"query":"{ products(filter: )" + filter + R"(") { totalCount } }"})"),
      "filters");
  expect_clean_error(
      post_body(R"({"query":"{ products(first: )" + std::string(kDepth, '[') + R"(") }"})"),
      "lists");
}

TEST_P(CatalogHostileInput, VariablesNested100000DeepAreRefused) {
  const std::string query =
      R"("query ($f: ProductFilter) { products(filter: $f) { totalCount } }")";
  expect_clean_error(post_body(R"({"query":)" + query + R"(,"variables":{"f":)" +
                               std::string(kDepth, '[') + std::string(kDepth, ']') + "}}"),
                     "arrays");
  std::string objects;
  for (std::size_t i = 0; i < kDepth / 10; ++i) objects += R"({"and":[)";
  for (std::size_t i = 0; i < kDepth / 10; ++i) objects += "]}";
  expect_clean_error(post_body(R"({"query":)" + query + R"(,"variables":{"f":)" + objects + "}}"),
                     "filters");
  // The same in a GET's variables, as deep as the header limit lets a URL be.
  HttpResponse get_response =
      get(catalog().server().port(),
          "/graphql?query=" +
              url_encode("query ($f: ProductFilter) { products(filter: $f) { totalCount } }") +
              "&variables=" +
              url_encode(R"({"f":)" + std::string(2000, '[') + std::string(2000, ']') + "}"));
  expect_clean_error(get_response, "GET");
  Json json = parse_json(get_response.body);
  EXPECT_EQ(text_at(json.get(), "errors[0].message"),
            "JSON nested deeper than 128 levels is not accepted");
}

TEST_P(CatalogHostileInput, InjectionInEveryStringFilterMatchesNothingAndChangesNothing) {
  std::vector<std::pair<std::string, std::vector<std::string>>> connections = string_filters();
  ASSERT_GE(connections.size(), 5u);
  std::map<std::string, std::string> non_null;  // "connection.field": rows with a value
  for (const auto& [connection, fields] : connections) {
    for (const std::string& field : fields) {
      Json count = catalog().post("{ c: " + connection + "(filter: {" + field +
                                  ": {isNull: false}}) { totalCount } }");
      non_null[connection + "." + field] = print(at(count.get(), "data.c.totalCount"));
    }
  }
  std::string before = catalog().snapshot();
  for (const std::string& payload : kPayloads) {
    std::string variables = R"({"p":)" + json_string(payload) + "}";
    for (const auto& [connection, fields] : connections) {
      for (const std::string& field : fields) {
        std::string query = "query ($p: String!) {";
        for (const char* op : {"eq", "like", "ilike"}) {
          query += std::string(" ") + op + ": " + connection + "(filter: {" + field + ": {" + op +
                   ": $p}}) { totalCount }";
        }
        query += " in: " + connection + "(filter: {" + field + ": {in: [$p]}}) { totalCount }";
        query += " neq: " + connection + "(filter: {" + field + ": {neq: $p}}) { totalCount } }";
        Json response = catalog().post(query, variables);
        ASSERT_EQ(at(response.get(), "errors"), nullptr)
            << connection << "." << field << " " << payload << ": " << print(response.get());
        for (const char* op : {"eq", "like", "ilike", "in"}) {
          EXPECT_EQ(print(at(response.get(), std::string("data.") + op + ".totalCount")), "0")
              << connection << "." << field << " " << op << " " << payload;
        }
        // neq is an ordinary comparison: every row with a value (not NULL) differs.
        EXPECT_EQ(print(at(response.get(), "data.neq.totalCount")),
                  non_null[connection + "." + field])
            << connection << "." << field << " " << payload;
      }
    }
    // Free-text search and the named query take the text too.
    Json search = catalog().post(
        "query ($p: String!) { a: products(filter: {search: $p}) { totalCount } "
        "b: searchProducts(text: $p) { totalCount } }",
        variables);
    EXPECT_EQ(print(at(search.get(), "data")), R"({"a":{"totalCount":0},"b":{"totalCount":0}})")
        << payload << ": " << print(search.get());
  }
  EXPECT_EQ(catalog().snapshot(), before);
}

TEST_P(CatalogHostileInput, InjectionInIdsAndCursorsIsABadInput) {
  std::string before = catalog().snapshot();
  for (const std::string& payload : kPayloads) {
    std::string variables = R"({"p":)" + json_string(payload) + "}";
    for (const char* query :
         {"query ($p: ID!) { product(id: $p) { name } }", "query ($p: ID!) { node(id: $p) { id } }",
          "query ($p: String) { products(after: $p) { totalCount } }",
          "query ($p: String) { products(last: 1, before: $p) { totalCount } }",
          "query ($p: ID!) { products(filter: {category: {eq: $p}}) "
          "{ totalCount } }"}) {
      Json response = catalog().post(query, variables);
      ASSERT_TRUE(at(response.get(), "errors") || at(response.get(), "data")) << query;
      EXPECT_EQ(text_at(response.get(), "data.product.name"), "") << query << " " << payload;
      EXPECT_EQ(text_at(response.get(), "data.node.id"), "") << query << " " << payload;
      EXPECT_NE(first_error_code(response.get()), "INTERNAL")
          << query << " " << payload << ": " << print(response.get());
      if (std::string_view(query).find("filter") != std::string_view::npos &&
          at(response.get(), "errors") == nullptr) {
        EXPECT_EQ(print(at(response.get(), "data.products.totalCount")), "0") << payload;
      }
    }
  }
  EXPECT_EQ(catalog().snapshot(), before);
}

TEST_P(CatalogHostileInput, InjectionInStringInputsIsStoredAsText) {
  SqlProbe probe(catalog().database().url());
  std::int64_t users = probe.count("auth_user");
  std::int64_t products = probe.count("catalog_product");
  std::int64_t clients = probe.count("organization_client");
  for (const std::string& payload : kPayloads) {
    std::string variables = R"({"p":)" + json_string(payload) + R"(,"c":)" +
                            json_string(category_id("CLOTHING")) + R"(,"o":)" +
                            json_string(client_id("acme")) + "}";
    Json created = catalog().post(
        "mutation ($p: String!, $c: ID!, $o: ID!) { "
        "client: createClient(input: {name: $p}) { client { name } } "
        "product: createProduct(input: {name: $p, description: $p, price: \"1.00\", "
        "sku: \"" +
            db::random_uuid() +
            "\", category: $c, client: $o}) "
            "{ product { name description } } }",
        variables);
    ASSERT_EQ(at(created.get(), "errors"), nullptr) << payload << ": " << print(created.get());
    EXPECT_EQ(text_at(created.get(), "data.client.client.name"), payload);
    EXPECT_EQ(text_at(created.get(), "data.product.product.name"), payload);
    EXPECT_EQ(text_at(created.get(), "data.product.product.description"), payload);
    // Read back through a filter: the text is compared as a value.
    Json found = catalog().post(
        "query ($p: String!) { products(filter: {name: {eq: $p}}) { nodes { description } } }",
        variables);
    EXPECT_EQ(print(at(found.get(), "data.products.nodes")),
              "[{\"description\":" + json_string(payload) + "}]");
  }
  EXPECT_EQ(probe.count("auth_user"), users);
  EXPECT_EQ(probe.count("catalog_product"), products + static_cast<std::int64_t>(kPayloads.size()));
  EXPECT_EQ(probe.count("organization_client"),
            clients + static_cast<std::int64_t>(kPayloads.size()));
}

TEST_P(CatalogHostileInput, RelationsNestedPastTheDatabasesParserAreTooComplex) {
  // products → category → products, three times over: 11 levels of fields, within the
  // operation's limit of 12. PostgreSQL runs its statement; SQLite's parser, whose
  // stack holds a fixed 100 entries, cannot read it, and says so in a clean error.
  std::string fields = "name";
  for (int level = 0; level < 3; ++level) {
    fields = "name category { code products(first: 2) { nodes { " + fields + " } } }";
  }
  Json response = catalog().post("{ products(first: 2) { nodes { " + fields + " } } }");
  if (GetParam() == Backend::Postgres) {
    EXPECT_EQ(at(response.get(), "errors"), nullptr) << print(response.get());
    EXPECT_EQ(items_of(at(response.get(), "data.products.nodes")).size(), 2u);
  } else {
    EXPECT_EQ(first_error_code(response.get()), "TOO_COMPLEX") << print(response.get());
    EXPECT_EQ(text_at(response.get(), "errors[0].message"),
              "the query is too complex for the database to run; nest fewer relations");
    EXPECT_EQ(print(at(response.get(), "errors[0].path")), R"(["products"])");
  }
  EXPECT_EQ(catalog().data("{ __typename }"), R"({"__typename":"Query"})");
}

}  // namespace
}  // namespace lys::e2e
