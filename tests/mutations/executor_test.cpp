// The mutations through the GraphQL engine, with the generated model's SDL: documents,
// variables, error responses, and one transaction per root field.
#include <cJSON.h>

#include "api/resolvers.h"
#include "lys/query/global_id.h"
#include "mutation_fixture.h"

namespace lys::test {
namespace {

class ExecutorTest : public MutationTest {
 protected:
  ExecutorTest() : executor_(graphql::Executor::create(catalog_model().sdl, {})) {
    register_mutations(*executor_, catalog_model(), externs_);
  }
  std::string execute(const std::string& query, const std::string& variables = {}) {
    graphql::Response response = executor_->execute(
        {query, {}, graphql::parse_variables(variables), false}, admin_session());
    EXPECT_EQ(response.http_status, 200) << response.body;
    return canonical_json(response.body);
  }
  std::unique_ptr<graphql::Executor> executor_;
};

constexpr const char* kCreate = R"(
  mutation Create($input: CreateProductInput!) {
    createProduct(input: $input) { product { name price status stock version } }
  })";

// A CreateProductInput as JSON.
std::string product_json(const std::string& name, const std::string& sku, int stock) {
  return R"({"name": ")" + name + R"(", "price": "19.90", "sku": ")" + sku + R"(", "stock": )" +
         std::to_string(stock) + R"(, "category": ")" +
         query::encode_global_id("ProductCategory", "CLOTHING") + R"(", "client": ")" +
         query::encode_global_id("Client", kAcmeKey) + R"("})";
}

std::string create_variables(const std::string& name, const std::string& sku, int stock) {
  return R"({"input": )" + product_json(name, sku, stock) + "}";
}

TEST_P(ExecutorTest, CreatesThroughADocumentWithVariables) {
  EXPECT_EQ(execute(kCreate, create_variables("T-shirt", kSku, 3)),
            canonical_json(R"({"data":{"createProduct":{"product":{"name":"T-shirt",)"
                           R"("price":"19.90","status":"DRAFT","stock":3,"version":1}}}})"));
}

TEST_P(ExecutorTest, ABadValueIsABadUserInputErrorWithItsPath) {
  std::string body = execute(kCreate, create_variables("T-shirt", kSku, -1));
  EXPECT_EQ(
      body,
      canonical_json(
          R"({"data":null,"errors":[{"message":"'stock' violates the check ck_catalog_product_stock",)"
          R"("locations":[{"line":3,"column":5}],"path":["createProduct"],)"
          R"("extensions":{"code":"BAD_USER_INPUT","field":"input.stock"}}]})"));
  EXPECT_EQ(scalar("SELECT count(*) FROM catalog_product"), "0");
}

TEST_P(ExecutorTest, EveryRootFieldHasItsOwnTransaction) {
  // The second field fails (same client and name); the first one stays.
  std::string body = execute(R"(
    mutation Two($first: CreateProductInput!, $second: CreateProductInput!) {
      first: createProduct(input: $first) { product { name } }
      second: createProduct(input: $second) { product { name } }
    })",
                             R"({"first": )" + product_json("T-shirt", kSku, 1) +
                                 R"(, "second": )" + product_json("T-shirt", kOtherSku, 1) + "}");
  cJSON* parsed = cJSON_Parse(body.c_str());
  const cJSON* error = cJSON_GetArrayItem(cJSON_GetObjectItem(parsed, "errors"), 0);
  EXPECT_STREQ(cJSON_GetObjectItem(cJSON_GetObjectItem(error, "extensions"), "code")->valuestring,
               "CONFLICT");
  cJSON_Delete(parsed);
  EXPECT_EQ(scalar("SELECT count(*) FROM catalog_product"), "1");
  EXPECT_EQ(scalar("SELECT sku FROM catalog_product"), kSku);
}

TEST_P(ExecutorTest, ArchivesAndImportsByName) {
  std::string key = create_product();
  std::string id = query::encode_global_id("Product", key);
  EXPECT_EQ(execute(R"(mutation { archiveProduct(product: ")" + id +
                    R"(") { status version } importCatalog(url: "feed") })"),
            canonical_json(R"({"data":{"archiveProduct":{"status":"ARCHIVED","version":2},)"
                           R"("importCatalog":3}})"));
}

INSTANTIATE_TEST_SUITE_P(Dialects, ExecutorTest, dbtest::kBothDialects, dbtest::dialect_test_name);

}  // namespace
}  // namespace lys::test
