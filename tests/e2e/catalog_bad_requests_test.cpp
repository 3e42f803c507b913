// catalog-server refusing bad requests — malformed JSON, unknown fields, wrong variable
// types, oversized bodies — with the right code, and without touching the data.
#include <gtest/gtest.h>

#include "lys/db/ids.h"
#include "support/catalog.h"

namespace lys::e2e {
namespace {

class CatalogBadRequests : public SharedCatalogTest {
 protected:
  HttpResponse post_body(const std::string& body) {
    return send_request(catalog().server().port(),
                        {"POST",
                         "/graphql",
                         {{"Content-Type", "application/json"},
                          {"Authorization", "Bearer " + administrator_token()}},
                         body});
  }

  // The body must be refused with `status` and `code`, and change nothing.
  void expect_refused(const std::string& body, int status, const std::string& code) {
    std::string before = catalog().snapshot();
    HttpResponse response = post_body(body);
    EXPECT_EQ(response.status, status) << body.substr(0, 200) << "\n" << response.body;
    Json json = parse_json(response.body);
    ASSERT_TRUE(json) << response.body;
    EXPECT_EQ(first_error_code(json.get()), code) << body.substr(0, 200) << "\n" << response.body;
    EXPECT_EQ(print(at(json.get(), "data")), "") << response.body;
    EXPECT_EQ(catalog().snapshot(), before) << body.substr(0, 200);
  }
};
LYS_CATALOG_SUITE(CatalogBadRequests);

// A mutation that would create a product, as a JSON request body; `name` is the GraphQL
// value of its name, and `variables` declares the operation's variables.
std::string create_body(const std::string& extra_members = "", const std::string& name = "\"Lamp\"",
                        const std::string& variables = "") {
  std::string mutation = "mutation" + variables + " { createProduct(input: {name: " + name +
                         ", price: \"1.00\", sku: \"" + db::random_uuid() + "\", category: \"" +
                         category_id("CLOTHING") + "\", client: \"" + client_id("acme") +
                         "\"}) { product { id } } }";
  return "{\"query\":" + json_string(mutation) + extra_members + "}";
}

TEST_P(CatalogBadRequests, MalformedJsonIs400) {
  std::string body = create_body();
  for (const std::string& malformed : std::vector<std::string>{
           body.substr(0, body.size() - 1),
           body.substr(0, body.size() / 2),
           "{\"query\": 'mutation { deleteProduct(input: {id: \"x\"}) { deletedId } }'}",
           create_body(R"(, "variables": "{}")"),
           create_body(R"(, "operationName": ["a"])"),
           "[" + body + "]",
           body + ",",  // one JSON text, then more: not one JSON document
           body + " x",
           body + body,
           "\xff\xfe{}",
           "",
       }) {
    expect_refused(malformed, 400, "BAD_USER_INPUT");
  }
}

// cJSON and C strings would cut a value at its NUL (a query ending early, a name stored
// shorter); PostgreSQL stores no NUL in text. So they are refused wherever they are written.
TEST_P(CatalogBadRequests, NulsAndControlCharactersAreRefusedNotCutShort) {
  const std::string body = create_body();
  const std::string without_end = body.substr(0, body.size() - 2);  // before `"}`
  for (const std::string& refused : std::vector<std::string>{
           without_end + "\\u0000 } }\"}",  // the mutation, then a NUL in the query
           without_end + " \x01\"}",        // a raw control character in a string
           "{\x01" + body.substr(1),        // and between tokens
           create_body(R"(, "variables": {"name": "Lamp\u0000x"})", "$name", "($name: String!)"),
       }) {
    expect_refused(refused, 400, "BAD_USER_INPUT");
  }
  // In the document itself, as a GraphQL escape.
  expect_refused(create_body("", "\"Lamp\\u0000x\""), 400, "GRAPHQL_PARSE_FAILED");
  // Tabs and line breaks between tokens are JSON's own whitespace.
  HttpResponse accepted = post_body("{\t\r\n" + body.substr(1));
  EXPECT_EQ(accepted.status, 200) << accepted.body;
  // Over GET: a parameter holding a NUL byte (the query before it would run), and
  // variables holding a \u0000.
  for (const std::string& query_string : std::vector<std::string>{
           "query=" + url_encode("{ __typename }") + "%00x",
           "query=" + url_encode("query($n: String) { __typename }") +
               "&variables=" + url_encode(R"({"n": "a\u0000b"})"),
       }) {
    HttpResponse response = get(catalog().server().port(), "/graphql?" + query_string);
    EXPECT_EQ(response.status, 400) << query_string << "\n" << response.body;
    Json json = parse_json(response.body);
    ASSERT_TRUE(json) << response.body;
    EXPECT_EQ(first_error_code(json.get()), "BAD_USER_INPUT") << response.body;
  }
}

TEST_P(CatalogBadRequests, UnknownFieldsFailValidationWithLocations) {
  std::string before = catalog().snapshot();
  Json response = catalog().post("{ products {\n  nodes { nme } } }");
  EXPECT_EQ(first_error_code(response.get()), "GRAPHQL_VALIDATION_FAILED");
  EXPECT_EQ(print(at(response.get(), "errors[0].locations")), R"([{"line":2,"column":11}])");
  EXPECT_NE(text_at(response.get(), "errors[0].message").find("\"name\""), std::string::npos)
      << print(response.get());
  EXPECT_EQ(at(response.get(), "data"), nullptr);

  for (const std::string& document : {
           std::string("{ products(sortBy: NAME) { totalCount } }"),
           std::string("{ products(filter: {nam: {eq: \"x\"}}) { totalCount } }"),
           std::string("{ products(orderBy: [{field: COLOUR}]) { totalCount } }"),
           std::string("{ product(id: \"x\") { ... on Review { rating } } }"),
           std::string("mutation { createProduct(input: {nam: \"Lamp\"}) { product { id } } }"),
           std::string("mutation { archiveProduct(product: \"x\") }"),
           std::string("mutation { dropProducts }"),
       }) {
    Json refused = catalog().post(document);
    EXPECT_EQ(first_error_code(refused.get()), "GRAPHQL_VALIDATION_FAILED") << document << "\n"
                                                                            << print(refused.get());
    EXPECT_EQ(cJSON_GetArraySize(at(refused.get(), "errors[0].locations")), 1) << document;
  }
  EXPECT_EQ(catalog().snapshot(), before);
}

TEST_P(CatalogBadRequests, WrongVariableTypesAreBadUserInput) {
  std::string before = catalog().snapshot();
  struct Case {
    std::string document;
    std::string variables;
  };
  for (const Case& c : std::vector<Case>{
           {"query ($first: Int) { products(first: $first) { totalCount } }", R"({"first":"ten"})"},
           {"query ($first: Int) { products(first: $first) { totalCount } }", R"({"first":1.5})"},
           {"query ($first: Int) { products(first: $first) { totalCount } }",
            R"({"first":4294967296})"},
           {"query ($id: ID!) { product(id: $id) { name } }", R"({"id":true})"},
           {"query ($id: ID!) { product(id: $id) { name } }", R"({"id":null})"},
           {"query ($id: ID!) { product(id: $id) { name } }", "{}"},
           {"query ($f: ProductFilter) { products(filter: $f) { totalCount } }",
            R"({"f":{"status":{"eq":"SOLD"}}})"},
           {"query ($f: ProductFilter) { products(filter: $f) { totalCount } }",
            R"({"f":{"stock":{"in":"3"}}})"},
           {"mutation ($id: ID!) { archiveProduct(product: $id) { name } }", R"({"id":["a"]})"},
           {"mutation ($input: DeleteProductInput!) { deleteProduct(input: $input) { deletedId } }",
            R"({"input":{"id":")" + product_id("laptop") + R"(","cascade":true}})"},
       }) {
    Json response = catalog().post(c.document, c.variables);
    EXPECT_EQ(first_error_code(response.get()), "BAD_USER_INPUT") << c.variables << "\n"
                                                                  << print(response.get());
    EXPECT_EQ(at(response.get(), "data"), nullptr) << print(response.get());
  }
  // A variable used where its type does not fit is a validation error.
  Json misused =
      catalog().post("query ($n: String) { products(first: $n) { totalCount } }", R"({"n":"1"})");
  EXPECT_EQ(first_error_code(misused.get()), "GRAPHQL_VALIDATION_FAILED") << print(misused.get());
  EXPECT_EQ(catalog().snapshot(), before);
}

TEST_P(CatalogBadRequests, AnOversizedBodyIs413) {
  // The default limit is 1 MiB.
  expect_refused(create_body(R"(, "extensions": {"pad": ")" + std::string(1 << 20, 'x') + "\"}"),
                 413, "BAD_USER_INPUT");
  // Just under it, the same mutation is served.
  std::string body = create_body();
  HttpResponse served = post_body(create_body(
      R"(, "extensions": {"pad": ")" + std::string((1 << 20) - body.size() - 30, 'x') + "\"}"));
  EXPECT_EQ(served.status, 200) << served.body;
  Json json = parse_json(served.body);
  EXPECT_EQ(first_error_code(json.get()), "") << served.body;
}

}  // namespace
}  // namespace lys::e2e
