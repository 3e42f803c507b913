#include <gtest/gtest.h>

#include <string>

#include "lys/graphql/executor.h"
#include "test_schema.h"

namespace lys::graphql {
namespace {

// Runs a query and captures the FieldSelection the resolver of `field` receives.
class CollectFieldsTest : public ::testing::Test {
 protected:
  CollectFieldsTest() : executor_(Executor::create(testing::kTestSdl, {})) {
    for (const char* field : {"node", "product", "products", "search"}) {
      executor_->set_resolver("Query", field,
                              [this](const FieldSelection& selection, ResolveContext&,
                                     std::string& out) -> std::optional<Error> {
                                captured_.push_back(selection);
                                out += "null";
                                return std::nullopt;
                              });
    }
  }

  Response run(const std::string& query, const std::string& variables = "") {
    captured_.clear();
    return executor_->execute({query, "", parse_variables(variables), false}, access::Session{});
  }

  static std::vector<std::string> keys(const std::vector<FieldSelection>* fields) {
    std::vector<std::string> result;
    if (fields == nullptr) return result;
    for (const FieldSelection& field : *fields) result.push_back(field.response_key);
    return result;
  }

  std::unique_ptr<Executor> executor_;
  std::vector<FieldSelection> captured_;
};

using Keys = std::vector<std::string>;

TEST_F(CollectFieldsTest, MergesFragmentsAndFieldsByResponseKey) {
  Response response = run(R"(
    { product(id: 1) { name ...Parts category { id } category { name } n: name } }
    fragment Parts on Product { id name category { id } })");
  ASSERT_EQ(response.http_status, 200) << response.body;
  ASSERT_EQ(captured_.size(), 1u);
  const FieldSelection& product = captured_[0];
  EXPECT_EQ(product.selection.by_type.size(), 1u);
  const auto* fields = product.selection.for_type("Product");
  EXPECT_EQ(keys(fields), (Keys{"name", "id", "category", "n"}));
  EXPECT_EQ(keys((*fields)[2].selection.for_type("Category")), (Keys{"id", "name"}));
  EXPECT_EQ((*fields)[3].name, "name");
  EXPECT_EQ(product.location.line, 2);
}

TEST_F(CollectFieldsTest, InterfaceFieldsGetOneTypeSelectionPerPossibleType) {
  run(R"({ node(id: 1) { id __typename ... on Product { price } ... on Named { name } } })");
  ASSERT_EQ(captured_.size(), 1u);
  const SelectionSet& selection = captured_[0].selection;
  ASSERT_EQ(selection.by_type.size(), 2u);
  EXPECT_EQ(selection.by_type[0].type_name, "Product");
  EXPECT_EQ(selection.by_type[1].type_name, "Category");
  EXPECT_EQ(keys(selection.for_type("Product")), (Keys{"id", "__typename", "price", "name"}));
  EXPECT_EQ(keys(selection.for_type("Category")), (Keys{"id", "__typename", "name"}));
  EXPECT_EQ(selection.for_type("Color"), nullptr);
}

TEST_F(CollectFieldsTest, UnionMembers) {
  run(R"({ search(text: "x") { ... on Category { name } } })");
  const SelectionSet& selection = captured_.at(0).selection;
  EXPECT_EQ(keys(selection.for_type("Product")), Keys{});
  EXPECT_EQ(keys(selection.for_type("Category")), Keys{"name"});
}

TEST_F(CollectFieldsTest, SkipAndIncludeWithVariables) {
  run(R"(query($yes: Boolean!, $no: Boolean!) {
    product(id: 1) { id @skip(if: $yes) name @include(if: $yes) price @include(if: $no)
                     ... on Product @skip(if: $no) { color } ...F @include(if: $no) }
    products @skip(if: true) { id } }
    fragment F on Product { createdAt })",
      R"({"yes": true, "no": false})");
  ASSERT_EQ(captured_.size(), 1u);
  EXPECT_EQ(keys(captured_[0].selection.for_type("Product")), (Keys{"name", "color"}));
}

TEST_F(CollectFieldsTest, ArgumentsCoercedWithDefaultsInDefinitionOrder) {
  run(R"(query($f: ProductFilter) { products(after: "c", filter: $f) { price id } })",
      R"({"f": {"colors": "RED", "name": null}})");
  const FieldSelection& products = captured_.at(0);
  ASSERT_EQ(products.arguments.size(), 3u);
  EXPECT_EQ(products.arguments[0].name, "filter");
  EXPECT_EQ(products.arguments[1].name, "first");
  EXPECT_EQ(products.argument("first")->integer, 10);
  EXPECT_EQ(products.argument("after")->text, "c");
  const Value& filter = *products.argument("filter");
  ASSERT_EQ(filter.kind, Value::Kind::Object);
  EXPECT_EQ(filter.field("colors")->list.at(0).text, "RED");  // a single value becomes a list
  EXPECT_TRUE(filter.field("name")->is_null());               // explicit null is kept
  EXPECT_EQ(filter.field("minPrice")->integer, 0);            // default applied
  const FieldSelection& price = captured_[0].selection.for_type("Product")->at(0);
  EXPECT_EQ(price.argument("currency")->text, "EUR");
}

TEST_F(CollectFieldsTest, AbsentVariableLeavesArgumentAbsent) {
  run(R"(query($f: ProductFilter, $after: String) { products(filter: $f, after: $after) { id } })");
  const FieldSelection& products = captured_.at(0);
  EXPECT_EQ(products.argument("filter"), nullptr);
  EXPECT_EQ(products.argument("after"), nullptr);
  run(R"(query($after: String) { products(after: $after) { id } })", R"({"after": null})");
  EXPECT_TRUE(captured_.at(0).argument("after")->is_null());
}

TEST_F(CollectFieldsTest, ExponentialFragmentFanOutIsTooComplex) {
  // G(i) selects G(i+1) twice under different aliases: 2^24 fields once expanded.
  std::string query = "{ product(id: 1) { ...G0 } }\n";
  for (int i = 0; i < 24; ++i) {
    std::string next = i + 1 < 24 ? "...G" + std::to_string(i + 1) : std::string("id");
    query += "fragment G" + std::to_string(i) + " on Product { a: category { x: products { " +
             next + " } } b: category { x: products { " + next + " } } }\n";
  }
  Response response = run(query);
  EXPECT_EQ(response.http_status, 400);
  EXPECT_NE(response.body.find("TOO_COMPLEX"), std::string::npos) << response.body;
  EXPECT_TRUE(captured_.empty());
}

}  // namespace
}  // namespace lys::graphql
