#include "graphql/operation_limits.h"

#include <cjson/cJSON.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "graphql/collect_fields.h"
#include "graphql/parser.h"
#include "lys/graphql/executor.h"
#include "test_schema.h"

namespace lys::graphql {
namespace {

class OperationLimitsTest : public ::testing::Test {
 protected:
  // The selection tree of a query's only operation, with `variables` (a JSON object).
  std::vector<FieldSelection> select(const std::string& query, const std::string& variables) {
    auto document = std::get<ast::Document>(parse_document(query));
    const ast::Operation& operation = document.operations.at(0);
    std::unique_ptr<cJSON, decltype(&cJSON_Delete)> json(cJSON_Parse(variables.c_str()),
                                                         cJSON_Delete);
    std::vector<Error> errors;
    VariableValues values = *coerce_variables(*schema_, operation, json.get(), errors);
    std::vector<FieldSelection> fields = SelectionBuilder(*schema_, document, values, errors)
                                             .root_fields(root(), operation.selections);
    EXPECT_TRUE(errors.empty());
    return fields;
  }

  const NamedType& root() const { return *schema_->query_type(); }

  OperationSize size_of(const std::string& query, const std::string& variables = "{}") {
    return measure_operation(*schema_, root(), select(query, variables), limits_);
  }

  std::optional<Error> exceeded(const std::string& query) {
    return limit_exceeded(*schema_, root(), select(query, "{}"), limits_);
  }

  std::unique_ptr<Schema> schema_ = Schema::build(testing::kTestSdl);
  QueryLimits limits_;
};

TEST_F(OperationLimitsTest, DepthCountsFieldsWithASelectionSet) {
  EXPECT_EQ(size_of("{ echo }").depth, 0u);
  EXPECT_EQ(size_of("{ product(id: 1) { name } }").depth, 1u);
  EXPECT_EQ(size_of("{ product(id: 1) { category { products { category { name } } } } }").depth,
            4u);
  // Fragments add no level of their own; the deepest branch counts.
  EXPECT_EQ(size_of("{ product(id: 1) { ...P category { name } } }\n"
                    "fragment P on Product { category { products { id } } }")
                .depth,
            3u);
}

TEST_F(OperationLimitsTest, AliasesAreCountedWithFragmentsExpanded) {
  EXPECT_EQ(size_of("{ product(id: 1) { name } }").aliases, 0u);
  EXPECT_EQ(size_of("{ a: product(id: 1) { n: name } b: product(id: 2) { ...F } }\n"
                    "fragment F on Product { n: name c: category { m: name } }")
                .aliases,
            6u);
}

TEST_F(OperationLimitsTest, ListsMultiplyTheirSubtreeByTheirPageSize) {
  EXPECT_EQ(size_of("{ echo }").cost, 0);
  EXPECT_EQ(size_of("{ product(id: 1) { name category { name } } }").cost, 2);
  // products' `first` defaults to 10 in this schema: 1 + 10 × (category 1).
  EXPECT_EQ(size_of("{ products { category { name } } }").cost, 11);
  EXPECT_EQ(size_of("{ products(first: 3) { category { products(first: 4) { id } } } }").cost,
            1 + 3 * (1 + (1 + 4 * 0)));
  EXPECT_EQ(
      size_of("query($n: Int) { products(first: $n) { category { id } } }", R"({"n": 50})").cost,
      51);
  // `first: null` falls back to the default page size.
  limits_.default_page_size = 7;
  EXPECT_EQ(size_of("{ products(first: null) { category { id } } }").cost, 8);
}

TEST_F(OperationLimitsTest, AnAbstractFieldCostsItsMostExpensivePossibleType) {
  EXPECT_EQ(size_of("{ node(id: 1) { ... on Product { category { name } } "
                    "... on Category { products(first: 5) { category { id } } } } }")
                .cost,
            1 + (1 + 5 * 1));
}

TEST_F(OperationLimitsTest, IntrospectionIsNotMeasured) {
  OperationSize size = size_of("{ __schema { types { fields { type { ofType { name } } } } } }");
  EXPECT_EQ(size.depth, 0u);
  EXPECT_EQ(size.cost, 0);
}

TEST_F(OperationLimitsTest, CostSaturatesInsteadOfOverflowing) {
  std::string query = "{ products(first: 100) { category { ";
  for (int i = 0; i < 12; ++i) query += "products(first: 100) { category { ";
  query += "id" + std::string(26, '}') + " }";
  EXPECT_GT(size_of(query).cost, std::int64_t{1} << 39);
}

TEST_F(OperationLimitsTest, TheFirstExceededLimitIsTooComplex) {
  limits_.max_depth = 2;
  limits_.max_aliases = 1;
  limits_.max_cost = 20;
  EXPECT_FALSE(exceeded("{ a: product(id: 1) { category { name } } }"));
  std::optional<Error> deep = exceeded("{ product(id: 1) { category { products { id } } } }");
  ASSERT_TRUE(deep);
  EXPECT_EQ(deep->code, "TOO_COMPLEX");
  EXPECT_EQ(deep->message, "The operation nests 3 levels of fields; at most 2 are allowed.");
  std::optional<Error> aliased = exceeded("{ a: echo b: echo }");
  ASSERT_TRUE(aliased);
  EXPECT_EQ(aliased->message, "The operation uses 2 aliases; at most 1 are allowed.");
  std::optional<Error> costly = exceeded("{ products(first: 20) { category { id } } }");
  ASSERT_TRUE(costly);
  EXPECT_EQ(costly->message, "The operation's cost is 21; at most 20 is allowed.");
  limits_ = {0, 0, 0, 0, 100, 20};  // 0: unlimited
  EXPECT_FALSE(exceeded("{ a: product(id: 1) { category { products { category { id } } } } }"));
}

TEST_F(OperationLimitsTest, APageAboveTheMaximumIsBadUserInputWithItsPath) {
  EXPECT_FALSE(exceeded("{ products(first: 100) { id } }"));
  std::optional<Error> error =
      exceeded("{ p: product(id: 1) { category { products(first: 101) { id } } } }");
  ASSERT_TRUE(error);
  EXPECT_EQ(error->code, "BAD_USER_INPUT");
  EXPECT_EQ(error->message, "'first' must be at most 100");
  EXPECT_EQ(error->path, (std::vector<PathSegment>{std::string("p"), std::string("category"),
                                                   std::string("products")}));
}

TEST_F(OperationLimitsTest, TheExecutorRefusesOperationsPastItsLimitsBeforeResolving) {
  ExecutorOptions options;
  options.limits.max_tokens = 12;
  options.limits.max_cost = 5;
  std::unique_ptr<Executor> executor = Executor::create(testing::kTestSdl, options);
  int resolved = 0;
  executor->set_resolver("Query", "products",
                         [&](const FieldSelection&, ResolveContext&, std::string& out) {
                           ++resolved;
                           out += "[]";
                           return std::optional<Error>();
                         });
  Response costly = executor->execute({"{ products { category { id } } }", "", nullptr, false},
                                      access::Session{});
  EXPECT_EQ(costly.http_status, 400);
  EXPECT_NE(costly.body.find(R"("code":"TOO_COMPLEX")"), std::string::npos) << costly.body;
  Response long_document = executor->execute(
      {"{ products(first: 1) { id name price color createdAt } }", "", nullptr, false},
      access::Session{});
  EXPECT_EQ(long_document.http_status, 400);
  EXPECT_NE(long_document.body.find("more than 12 tokens"), std::string::npos)
      << long_document.body;
  EXPECT_NE(long_document.body.find(R"("code":"TOO_COMPLEX")"), std::string::npos);
  EXPECT_EQ(resolved, 0);
  Response fits =
      executor->execute({"{ products(first: 1) { id } }", "", nullptr, false}, access::Session{});
  EXPECT_EQ(fits.http_status, 200) << fits.body;
  EXPECT_EQ(resolved, 1);
}

}  // namespace
}  // namespace lys::graphql
