// The planner over the runtime model lysc generates for the example apps: it serves
// exactly the read fields of the generated SDL, and documents run on its tables.
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "api/resolvers.h"
#include "lys/graphql/executor.h"
#include "model.h"
#include "planner_fixture.h"

namespace lys::query::test {
namespace {

// As an administrator, whom every rule admits; permissions_test.cpp covers the others.
class GeneratedModelTest : public PlannerTest {
 protected:
  GeneratedModelTest() { session_.roles = {"ADMIN"}; }
};

// The Query fields of the generated SDL whose type is not a mutation payload.
std::set<std::string> sdl_query_fields(const std::string& sdl) {
  std::size_t begin = sdl.find("type Query {");
  std::size_t end = sdl.find("\n}", begin);
  std::string body = sdl.substr(begin, end - begin);
  std::set<std::string> fields;
  std::regex field(R"(\n  ([a-zA-Z]+)[(:])");
  for (auto it = std::sregex_iterator(body.begin(), body.end(), field);
       it != std::sregex_iterator(); ++it) {
    fields.insert((*it)[1]);
  }
  return fields;
}

TEST_P(GeneratedModelTest, ServesEveryQueryFieldOfTheSdl) {
  const model::Model& generated = lys_generated::lys_model();
  Planner planner(generated, GetParam());
  std::set<std::string> served;
  for (const RootField& root : planner.root_fields()) served.insert(root.name);
  std::set<std::string> expected = sdl_query_fields(generated.sdl);
  // `me` belongs to the sign-in API of the auth app, not to the planner.
  EXPECT_EQ(expected.erase("me"), 1u);
  EXPECT_EQ(served, expected);
  EXPECT_TRUE(served.count("searchProducts"));
}

TEST_P(GeneratedModelTest, DocumentsRunOnTheGeneratedModel) {
  const model::Model& generated = lys_generated::lys_model();
  auto executor = graphql::Executor::create(generated.sdl, {});
  api::register_read_resolvers(
      *executor, std::make_shared<const query::Planner>(generated, database_->dialect()),
      *database_);
  graphql::Request request;
  request.query = R"({
    searchProducts(text: "%o%", first: 2) { totalCount nodes { name client { name } category { code } } }
    productCategory(id: ")" +
                  gid("ProductCategory", "CLOTHING") + R"(") {
      code products(orderBy: [{field: NAME}]) { nodes { name reviews { totalCount } } }
    }
  })";
  std::uint64_t before = statements();
  std::string body = normalized(executor->execute(request, session_).body);
  EXPECT_EQ(statements() - before, 2u);
  EXPECT_EQ(
      body,
      normalized(
          R"({"data":{"searchProducts":{"totalCount":3,"nodes":[)"
          R"({"name":"Headphones","client":{"name":"Globex"},"category":{"code":"ELECTRONICS"}},)"
          R"({"name":"Phone","client":{"name":"Acme"},"category":{"code":"ELECTRONICS"}}]},)"
          R"("productCategory":{"code":"CLOTHING","products":{"nodes":[)"
          R"({"name":"Jeans","reviews":{"totalCount":0}},{"name":"T-shirt","reviews":{"totalCount":1}}]}}}})"));
}

INSTANTIATE_TEST_SUITE_P(Dialects, GeneratedModelTest,
                         ::testing::Values(db::Dialect::Sqlite, db::Dialect::Postgres),
                         dbtest::dialect_test_name);

}  // namespace
}  // namespace lys::query::test
