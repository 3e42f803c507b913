// The read resolvers as the executor calls them: one statement per root field, JSON
// written to `out`, input errors as BAD_USER_INPUT, database errors as INTERNAL.
#include <map>

#include "api/resolvers.h"
#include "planner_fixture.h"

namespace lys::query::test {
namespace {

// Records the resolvers registered on it; the test calls them as the engine would.
class RecordingExecutor final : public graphql::Executor {
 public:
  void set_resolver(const std::string& type_name, const std::string& field_name,
                    graphql::RootResolver resolver) override {
    resolvers[type_name + "." + field_name] = std::move(resolver);
  }
  graphql::Response execute(const graphql::Request&, const access::Session&) override { return {}; }
  CacheStats document_cache_stats() const override { return {}; }

  std::map<std::string, graphql::RootResolver> resolvers;
};

class ReadResolversTest : public PlannerTest {
 protected:
  std::optional<graphql::Error> resolve(const FieldSelection& field, std::string& out,
                                        api::ApiOptions options = {}) {
    RecordingExecutor executor;
    api::register_read_resolvers(executor, planner_, *database_, options);
    graphql::ResolveContext context{session_, {field.response_key}};
    return executor.resolvers.at("Query." + field.name)(field, context, out);
  }
};

TEST_P(ReadResolversTest, RegistersEveryReadableRootField) {
  RecordingExecutor executor;
  api::register_read_resolvers(executor, planner_, *database_);
  std::vector<std::string> names;
  for (const auto& [name, resolver] : executor.resolvers) names.push_back(name);
  EXPECT_EQ(names,
            (std::vector<std::string>{
                "Query.client", "Query.clients", "Query.node", "Query.nodes", "Query.product",
                "Query.productBySku", "Query.productCategories", "Query.productCategory",
                "Query.products", "Query.review", "Query.reviews", "Query.searchProducts",
                "Query.stockedProducts", "Query.user", "Query.users"}));
}

TEST_P(ReadResolversTest, WritesTheFieldWithOneStatement) {
  std::string out = "prefix:";
  std::uint64_t before = statements();
  std::optional<graphql::Error> error =
      resolve(F("productCategory")
                  .arg("id", Str(gid("ProductCategory", "CLOTHING")))
                  .on("ProductCategory",
                      {F("code"), F("products").on("ProductConnection", {F("totalCount")})}),
              out);
  EXPECT_FALSE(error) << error->message;
  EXPECT_EQ(statements() - before, 1u);
  EXPECT_EQ(normalized(out.substr(7)),
            normalized(R"({"code":"CLOTHING","products":{"totalCount":2}})"));
  EXPECT_EQ(out.substr(0, 7), "prefix:");
}

TEST_P(ReadResolversTest, AnIdOfNothingIsNullWithoutAStatement) {
  std::string out;
  std::uint64_t before = statements();
  EXPECT_FALSE(resolve(F("node").arg("id", Str("nope")).on("Product", {F("name")}), out));
  EXPECT_EQ(out, "null");
  EXPECT_EQ(statements(), before);
}

TEST_P(ReadResolversTest, BadInputIsBadUserInput) {
  std::string out;
  FieldSelection field =
      F("products").arg("first", Int(500)).on("ProductConnection", {F("totalCount")});
  field.location = {3, 5};
  std::optional<graphql::Error> error = resolve(field, out);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->code, "BAD_USER_INPUT");
  EXPECT_EQ(error->message, "'first' must be at most 100");
  ASSERT_EQ(error->locations.size(), 1u);
  EXPECT_EQ(error->locations[0].line, 3);
  EXPECT_EQ(error->path, (std::vector<graphql::PathSegment>{std::string("products")}));
  EXPECT_EQ(out, "");
}

TEST_P(ReadResolversTest, DatabaseErrorsAreInternalWithDetailOnlyWhenAsked) {
  database_->acquire()->execute_script("DROP TABLE catalog_review");
  FieldSelection field = F("reviews").on("ReviewConnection", {F("totalCount")});
  std::string out;
  std::optional<graphql::Error> error = resolve(field, out);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->code, "INTERNAL");
  EXPECT_EQ(error->message, "internal error");
  error = resolve(field, out, {.error_detail = true});
  ASSERT_TRUE(error);
  EXPECT_NE(error->message.find("catalog_review"), std::string::npos) << error->message;
  EXPECT_EQ(out, "");
}

INSTANTIATE_TEST_SUITE_P(Dialects, ReadResolversTest,
                         ::testing::Values(db::Dialect::Sqlite, db::Dialect::Postgres),
                         dbtest::dialect_test_name);

}  // namespace
}  // namespace lys::query::test
