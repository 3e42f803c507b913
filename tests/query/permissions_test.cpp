// Read permissions over the generated model of the example apps, per caller: every
// access to a table (roots, node, nested references and connections, counts, named
// queries) shows only the rows the caller may read, and a hidden row looks missing.
#include "api/resolvers.h"
#include "lys/graphql/executor.h"
#include "model.h"
#include "planner_fixture.h"

namespace lys::query::test {
namespace {

// The seed plus: Tablet, a DRAFT product of Acme (c1); the organization roles; Alice
// (a2) a CLIENT_USER of Acme, Bob (a1) a CLIENT_USER of Globex (c2).
constexpr const char* kMembers = R"sql(
INSERT INTO catalog_product (id, name, price, status, stock, sku, featured, category_id, client_id)
  VALUES ('00000000-0000-4000-8000-0000000000b6', 'Tablet', 299, 'DRAFT', 1,
          '4b9e4d1a-3c2f-4e6b-8a7d-5f1c0e2b9a36', FALSE, 'ELECTRONICS',
          '00000000-0000-4000-8000-0000000000c1');
INSERT INTO organization_organization_role (id) VALUES ('CLIENT_ADMIN'), ('CLIENT_USER');
INSERT INTO organization_membership (id, user_id, client_id, role_id) VALUES
  ('00000000-0000-4000-8000-0000000000f1', '00000000-0000-4000-8000-0000000000a2',
   '00000000-0000-4000-8000-0000000000c1', 'CLIENT_USER'),
  ('00000000-0000-4000-8000-0000000000f2', '00000000-0000-4000-8000-0000000000a1',
   '00000000-0000-4000-8000-0000000000c2', 'CLIENT_USER');
)sql";

access::Session signed_in(const std::string& user, std::vector<std::string> roles = {}) {
  access::Session session;
  session.user_id = user;
  session.roles = std::move(roles);
  return session;
}

const access::Session kAnonymous;
const access::Session kAlice = signed_in(uuid('a', 2));
const access::Session kBob = signed_in(uuid('a', 1));
const access::Session kAdmin = signed_in(uuid('a', 1), {"ADMIN"});

class ReadPermissionsTest : public PlannerTest {
 protected:
  void SetUp() override {
    PlannerTest::SetUp();
    database_->acquire()->execute_script(kMembers);
    executor_ = graphql::Executor::create(generated_.sdl, {});
    api::register_read_resolvers(
        *executor_, std::make_shared<const Planner>(generated_, database_->dialect()), *database_);
  }

  std::string read(const std::string& document, const access::Session& session) {
    graphql::Request request;
    request.query = document;
    return normalized(executor_->execute(request, session).body);
  }
  // The names of the products a caller sees, and their count.
  std::string product_names(const access::Session& session) {
    return read("{ products(orderBy: [{field: NAME}]) { totalCount nodes { name } } }", session);
  }
  std::string node_name(const std::string& product, const access::Session& session) {
    return read(R"({ node(id: ")" + gid("Product", uuid('b', product[1] - '0')) +
                    R"(") { ... on Product { name } } })",
                session);
  }

  const model::Model& generated_ = lys_generated::lys_model();
  std::unique_ptr<graphql::Executor> executor_;
};

std::string names(int count, const std::string& list) {
  return normalized(R"({"data":{"products":{"totalCount":)" + std::to_string(count) +
                    R"(,"nodes":[)" + list + "]}}}");
}

TEST_P(ReadPermissionsTest, AnonymousCallersSeeOnlyActiveProducts) {
  EXPECT_EQ(product_names(kAnonymous),
            names(3, R"({"name":"Jeans"},{"name":"Laptop"},{"name":"Phone"})"));
  EXPECT_EQ(node_name("b6", kAnonymous), normalized(R"({"data":{"node":null}})"));
  EXPECT_EQ(
      read(R"({ product(id: ")" + gid("Product", uuid('b', 2)) + R"(") { name } })", kAnonymous),
      normalized(R"({"data":{"product":null}})"));
}

TEST_P(ReadPermissionsTest, AMemberSeesEveryStatusOfItsOrganizationOnly) {
  // Acme's four products, and nothing of Globex's (whose products are not ACTIVE).
  EXPECT_EQ(product_names(kAlice),
            names(4, R"({"name":"Jeans"},{"name":"Laptop"},{"name":"Phone"},{"name":"Tablet"})"));
  EXPECT_EQ(node_name("b6", kAlice), normalized(R"({"data":{"node":{"name":"Tablet"}}})"));
  EXPECT_EQ(node_name("b2", kAlice), normalized(R"({"data":{"node":null}})"));
  // Bob is in Globex: its two products and Acme's ACTIVE ones.
  EXPECT_EQ(product_names(kBob),
            names(5, R"({"name":"Headphones"},{"name":"Jeans"},)"
                     R"({"name":"Laptop"},{"name":"Phone"},{"name":"T-shirt"})"));
}

TEST_P(ReadPermissionsTest, NestedConnectionsAndReferencesHideRowsToo) {
  std::string document = R"({
    productCategory(id: ")" +
                         gid("ProductCategory", "CLOTHING") +
                         R"(") { products { totalCount nodes { name } } }
    reviews(orderBy: [{field: CREATED_AT}]) { nodes { body product { name } } }
  })";
  // T-shirt (Globex, DRAFT) is hidden from Alice: absent from CLOTHING's products, and
  // the product of its review is null.
  EXPECT_EQ(
      read(document, kAlice),
      normalized(
          R"({"data":{)"
          R"("productCategory":{"products":{"totalCount":1,"nodes":[{"name":"Jeans"}]}},)"
          R"("reviews":{"nodes":[{"body":"Fast and quiet.","product":{"name":"Laptop"}},)"
          R"({"body":null,"product":{"name":"Laptop"}},{"body":"Good.","product":{"name":"Laptop"}},)"
          R"({"body":"Shrank.","product":null}]}}})"));
  EXPECT_EQ(
      read(document, kBob),
      normalized(
          R"({"data":{)"
          R"("productCategory":{"products":{"totalCount":2,"nodes":[{"name":"T-shirt"},{"name":"Jeans"}]}},)"
          R"("reviews":{"nodes":[{"body":"Fast and quiet.","product":{"name":"Laptop"}},)"
          R"({"body":null,"product":{"name":"Laptop"}},{"body":"Good.","product":{"name":"Laptop"}},)"
          R"({"body":"Shrank.","product":{"name":"T-shirt"}}]}}})"));
}

TEST_P(ReadPermissionsTest, AnAdministratorSeesEverything) {
  EXPECT_EQ(product_names(kAdmin),
            names(6, R"({"name":"Headphones"},{"name":"Jeans"},{"name":"Laptop"},)"
                     R"({"name":"Phone"},{"name":"T-shirt"},{"name":"Tablet"})"));
}

TEST_P(ReadPermissionsTest, InternalCallersPassOnlyRulesThatNameThem) {
  access::Session service;
  service.internal = true;
  EXPECT_EQ(product_names(service),
            names(3, R"({"name":"Jeans"},{"name":"Laptop"},{"name":"Phone"})"));
}

TEST_P(ReadPermissionsTest, ANamedQueryNeedsItsOwnRulesAndTheEntitys) {
  std::string document = R"({ searchProducts(text: "%") { totalCount nodes { name } } })";
  // searchProducts allows CATALOG_ADMIN and org_role CLIENT_USER, whom anonymous is not.
  EXPECT_EQ(read(document, kAnonymous),
            normalized(R"({"data":{"searchProducts":{"totalCount":0,"nodes":[]}}})"));
  // Alice: only rows of the organization where she is a CLIENT_USER.
  std::string alice = read(document, kAlice);
  EXPECT_NE(alice.find(R"("totalCount":4)"), std::string::npos) << alice;
  EXPECT_EQ(alice.find("T-shirt"), std::string::npos) << alice;
  std::string catalog_admin = read(document, signed_in(uuid('a', 2), {"CATALOG_ADMIN"}));
  // A CATALOG_ADMIN passes the query's rules; the rows still pass Product's read
  // rules: Acme's four (Alice is a member) and no hidden Globex row.
  EXPECT_NE(catalog_admin.find(R"("totalCount":4)"), std::string::npos) << catalog_admin;
}

TEST_P(ReadPermissionsTest, PlansAreCachedPerSessionShapeAndBindTheCallersIds) {
  Planner planner(generated_, GetParam());
  FieldSelection field =
      F("products")
          .on("ProductConnection", {F("totalCount"), F("nodes").on("Product", {F("name")})});
  auto run_as = [&](const access::Session& session) {
    std::optional<Statement> statement = planner.plan_root(field, session);
    std::string out;
    run(*database_->acquire(), *statement, out);
    return normalized(out);
  };
  std::string alice = run_as(kAlice);
  EXPECT_EQ(planner.cache_stats().entries, 1u);
  // Bob has Alice's shape (signed in, no roles): the same plan, his own rows.
  std::string bob = run_as(kBob);
  EXPECT_EQ(planner.cache_stats().entries, 1u);
  EXPECT_NE(alice, bob);
  EXPECT_NE(bob.find("T-shirt"), std::string::npos) << bob;
  EXPECT_EQ(alice.find("T-shirt"), std::string::npos) << alice;
  EXPECT_EQ(run_as(kAlice), alice);
  // Anonymous, roles, internal: other shapes, other plans.
  run_as(kAnonymous);
  EXPECT_EQ(planner.cache_stats().entries, 2u);
  run_as(kAdmin);
  EXPECT_EQ(planner.cache_stats().entries, 3u);
  access::Session service = kAlice;
  service.internal = true;
  run_as(service);
  EXPECT_EQ(planner.cache_stats().entries, 4u);
}

INSTANTIATE_TEST_SUITE_P(Dialects, ReadPermissionsTest,
                         ::testing::Values(db::Dialect::Sqlite, db::Dialect::Postgres),
                         dbtest::dialect_test_name);

}  // namespace
}  // namespace lys::query::test
