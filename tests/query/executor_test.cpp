// GraphQL documents through the engine (schema: generated/schema.graphql) into the
// read resolvers and the database: the selections the engine normalises plan as the
// hand-built ones do, and every root field is one statement.
#include "lys/graphql/executor.h"

#include <fstream>
#include <sstream>

#include "api/resolvers.h"
#include "planner_fixture.h"

namespace lys::query::test {
namespace {

std::string generated_sdl() {
  std::ifstream in(std::string(LYS_SOURCE_DIR) + "/generated/schema.graphql");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

class ExecutorTest : public PlannerTest {
 protected:
  void SetUp() override {
    PlannerTest::SetUp();
    executor_ = graphql::Executor::create(generated_sdl(), {});
    api::register_read_resolvers(*executor_, planner_, *database_);
  }
  std::string execute(const std::string& document, const std::string& variables = "") {
    graphql::Request request;
    request.query = document;
    request.variables = graphql::parse_variables(variables);
    return normalized(executor_->execute(request, session_).body);
  }
  std::unique_ptr<graphql::Executor> executor_;
};

TEST_P(ExecutorTest, RootFieldsWithFragmentsAndVariables) {
  std::string laptop = gid("Product", uuid('b', 1));
  std::uint64_t before = statements();
  std::string body = execute(R"(
    query Page($first: Int, $status: ProductStatus) {
      products(first: $first, filter: {status: {eq: $status}}, orderBy: [{field: PRICE, direction: DESC}]) {
        totalCount
        edges { node { ...Summary reviews(first: 1) { nodes { rating author { email } } } } }
        pageInfo { hasNextPage }
      }
      item: node(id: ")" + laptop +
                                 R"(") { __typename ... on Product { name } }
    }
    fragment Summary on Product { name price category { code } })",
                             R"({"first": 2, "status": "ACTIVE"})");
  EXPECT_EQ(statements() - before, 2u);
  EXPECT_EQ(
      body,
      normalized(R"({"data":{"products":{"totalCount":3,"edges":[)"
                 R"({"node":{"name":"Laptop","price":"999.99","category":{"code":"ELECTRONICS"},)"
                 R"("reviews":{"nodes":[{"rating":5,"author":{"email":"bob@example.com"}}]}}},)"
                 R"({"node":{"name":"Phone","price":"499.00","category":{"code":"ELECTRONICS"},)"
                 R"("reviews":{"nodes":[]}}}],"pageInfo":{"hasNextPage":true}},)"
                 R"("item":{"__typename":"Product","name":"Laptop"}}})"));
}

TEST_P(ExecutorTest, BadInputIsAFieldErrorWithItsPath) {
  std::string body = execute(R"({ products(first: 1000) { totalCount } })");
  EXPECT_NE(body.find(R"("code":"BAD_USER_INPUT")"), std::string::npos) << body;
  EXPECT_NE(body.find(R"("path":["products"])"), std::string::npos) << body;
}

INSTANTIATE_TEST_SUITE_P(Dialects, ExecutorTest,
                         ::testing::Values(db::Dialect::Sqlite, db::Dialect::Postgres),
                         dbtest::dialect_test_name);

}  // namespace
}  // namespace lys::query::test
