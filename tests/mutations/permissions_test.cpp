// Permissions of writes, on both databases, with the example schema's rules: who may
// create, update, delete and call named mutations, and that a refused write leaves
// the tables as they were.
#include "lys/query/global_id.h"
#include "mutation_fixture.h"

namespace lys::test {
namespace {

using query::encode_global_id;

const std::string kBobKey = "b0b00000-0000-4000-8000-000000000004";
const std::string kMembershipKey = "3e3b0000-0000-4000-8000-000000000005";
const std::string kBobMembershipKey = "3e3b0000-0000-4000-8000-000000000006";

access::Session user(const std::string& key, std::vector<std::string> roles = {}) {
  access::Session session;
  session.user_id = key;
  session.roles = std::move(roles);
  return session;
}

// Alice administers Acme (org_role CLIENT_ADMIN), where Bob is a CLIENT_USER; Bob
// holds no global role.
class PermissionsTest : public MutationTest {
 protected:
  void SetUp() override {
    scalar("INSERT INTO auth_user (id, email, password_hash) VALUES ('" + kBobKey +
           "', 'bob@example.com', '!') RETURNING id");
    scalar(
        "INSERT INTO organization_organization_role (id) VALUES ('CLIENT_ADMIN'), "
        "('CLIENT_USER') RETURNING id");
    add_membership(kMembershipKey, kAliceKey, "CLIENT_ADMIN");
    add_membership(kBobMembershipKey, kBobKey, "CLIENT_USER");
  }
  void add_membership(const std::string& key, const std::string& user, const std::string& role) {
    scalar("INSERT INTO organization_membership (id, user_id, client_id, role_id) VALUES ('" + key +
           "', '" + user + "', '" + kAcmeKey + "', '" + role + "') RETURNING id");
  }
  Outcome move_membership(const std::string& key, const std::string& client,
                          const access::Session& session) {
    graphql::Value input =
        object_value({{"id", string_value(encode_global_id("Membership", key))},
                      {"version", int_value(1)},
                      {"client", string_value(encode_global_id("Client", client))}});
    return call(with_argument(object("updateMembership", "MembershipPayload",
                                     {object("membership", "Membership", {leaf("id")})}),
                              "input", std::move(input)),
                session);
  }
  std::string membership_clients() {
    return scalar("SELECT count(*) FROM organization_membership WHERE client_id = '" + kAcmeKey +
                  "'");
  }

  Outcome create(const access::Session& session, const std::string& client) {
    graphql::Value input =
        product_input({{"client", string_value(encode_global_id("Client", client))}});
    return call(with_argument(object("createProduct", "ProductPayload", {product_selection()}),
                              "input", std::move(input)),
                session);
  }
  Outcome update_name(const access::Session& session, const std::string& key,
                      const std::string& name) {
    graphql::Value input = object_value({{"id", string_value(encode_global_id("Product", key))},
                                         {"version", int_value(1)},
                                         {"name", string_value(name)}});
    return call(with_argument(object("updateProduct", "ProductPayload", {product_selection()}),
                              "input", std::move(input)),
                session);
  }
  Outcome remove(const access::Session& session, const std::string& key) {
    graphql::Value input = object_value({{"id", string_value(encode_global_id("Product", key))}});
    return call(with_argument(object("deleteProduct", "DeletePayload", {leaf("deletedId")}),
                              "input", std::move(input)),
                session);
  }
  Outcome archive(const access::Session& session, const std::string& key) {
    return call(with_argument(product_selection("archiveProduct"), "product",
                              string_value(encode_global_id("Product", key))),
                session);
  }
  // A product of Acme owned by Alice.
  std::string alice_product() {
    Outcome outcome = create(user(kAliceKey), kAcmeKey);
    if (outcome.error) throw std::runtime_error("createProduct failed: " + outcome.error->message);
    return payload_key(outcome.json, "product");
  }
  std::string product_count() { return scalar("SELECT count(*) FROM catalog_product"); }
  std::string name_of(const std::string& key) {
    return scalar("SELECT name FROM catalog_product WHERE id = '" + key + "'");
  }
};

TEST_P(PermissionsTest, AnOrganizationAdminCreatesInItsOwnOrganization) {
  std::string key = alice_product();
  EXPECT_EQ(scalar("SELECT client_id FROM catalog_product WHERE id = '" + key + "'"), kAcmeKey);
  EXPECT_EQ(scalar("SELECT owner_id FROM catalog_product WHERE id = '" + key + "'"), kAliceKey);
}

TEST_P(PermissionsTest, CreatingInAnotherOrganizationIsForbiddenAndWritesNothing) {
  expect_error(create(user(kAliceKey), kGlobexKey), "FORBIDDEN", "Product");
  expect_error(create(user(kBobKey), kAcmeKey), "FORBIDDEN", "Product");
  expect_error(create(access::Session{}, kAcmeKey), "FORBIDDEN", "Product");
  EXPECT_EQ(product_count(), "0");
}

TEST_P(PermissionsTest, AGlobalRoleCreatesInAnyOrganization) {
  Outcome outcome = create(user(kBobKey, {"CATALOG_ADMIN"}), kGlobexKey);
  ASSERT_FALSE(outcome.error) << outcome.error->message;
  EXPECT_EQ(product_count(), "1");
}

TEST_P(PermissionsTest, TheOwnerUpdatesTheirProductAndNobodyElseSeesIt) {
  std::string key = alice_product();
  expect_error(update_name(user(kBobKey), key, "Stolen"), "NOT_FOUND", "no Product with this id");
  expect_error(update_name(access::Session{}, key, "Stolen"), "NOT_FOUND",
               "no Product with this id");
  EXPECT_EQ(name_of(key), "Laptop");
  Outcome outcome = update_name(user(kAliceKey), key, "Notebook");
  ASSERT_FALSE(outcome.error) << outcome.error->message;
  EXPECT_EQ(name_of(key), "Notebook");
}

TEST_P(PermissionsTest, AnUpdateMayNotMoveARowOutOfTheCallersReach) {
  // Membership: update to org_role CLIENT_ADMIN of the row's tenant. Alice may change
  // Acme's memberships, but not move Bob's to Globex, where she holds no role.
  expect_error(move_membership(kBobMembershipKey, kGlobexKey, user(kAliceKey)), "FORBIDDEN",
               "Membership");
  EXPECT_EQ(membership_clients(), "2");
  EXPECT_EQ(scalar("SELECT max(version) FROM organization_membership"), "1");
  // Bob is no CLIENT_ADMIN: his own membership is not his to change.
  expect_error(move_membership(kBobMembershipKey, kGlobexKey, user(kBobKey)), "NOT_FOUND",
               "no Membership with this id");
}

TEST_P(PermissionsTest, AMembershipDoesNotVouchForItself) {
  // Alice's only membership of Acme cannot vouch for a change to itself (moved to
  // Globex, it would make her a CLIENT_ADMIN there), nor can a new one she creates.
  expect_error(move_membership(kMembershipKey, kGlobexKey, user(kAliceKey)), "NOT_FOUND",
               "no Membership with this id");
  graphql::Value input =
      object_value({{"user", string_value(encode_global_id("User", kAliceKey))},
                    {"client", string_value(encode_global_id("Client", kGlobexKey))},
                    {"role", string_value(encode_global_id("OrganizationRole", "CLIENT_ADMIN"))}});
  Outcome created = call(with_argument(object("createMembership", "MembershipPayload",
                                              {object("membership", "Membership", {leaf("id")})}),
                                       "input", std::move(input)),
                         user(kAliceKey));
  expect_error(created, "FORBIDDEN", "Membership");
  EXPECT_EQ(membership_clients(), "2");
  EXPECT_EQ(scalar("SELECT count(*) FROM organization_membership"), "2");
}

TEST_P(PermissionsTest, DeleteByANonAdminIsNotFoundAndKeepsTheRow) {
  std::string key = alice_product();
  expect_error(remove(user(kAliceKey, {"CATALOG_ADMIN"}), key), "NOT_FOUND",
               "no Product with this id");
  EXPECT_EQ(product_count(), "1");
  Outcome outcome = remove(user(kBobKey, {"ADMIN"}), key);
  ASSERT_FALSE(outcome.error) << outcome.error->message;
  EXPECT_EQ(product_count(), "0");
}

TEST_P(PermissionsTest, ANamedMutationNeedsItsOwnRulesAndTheEntitysOnTheRow) {
  std::string key = alice_product();
  // Anonymous callers hold none of archiveProduct's principals.
  expect_error(archive(access::Session{}, key), "FORBIDDEN", "archiveProduct");
  // Bob could be an owner, but not of this row.
  expect_error(archive(user(kBobKey), key), "NOT_FOUND", "no Product with this id");
  EXPECT_EQ(scalar("SELECT status FROM catalog_product"), "DRAFT");
  Outcome outcome = archive(user(kAliceKey), key);
  ASSERT_FALSE(outcome.error) << outcome.error->message;
  EXPECT_EQ(scalar("SELECT status FROM catalog_product"), "ARCHIVED");
}

TEST_P(PermissionsTest, AnExternOperationChecksItsRulesBeforeRunning) {
  graphql::FieldSelection field =
      with_argument(leaf("importCatalog"), "url", string_value("BOOKS"));
  expect_error(call(field, user(kAliceKey)), "FORBIDDEN", "importCatalog");
  EXPECT_EQ(scalar("SELECT count(*) FROM catalog_product_category"), "2");
  Outcome outcome = call(field, user(kBobKey, {"CATALOG_ADMIN"}));
  ASSERT_FALSE(outcome.error) << outcome.error->message;
  EXPECT_EQ(outcome.json, "3");
}

TEST_P(PermissionsTest, InternalCallersPassOnlyRulesThatNameThem) {
  // No rule of Product names `internal`: a service token alone creates nothing.
  access::Session service;
  service.internal = true;
  expect_error(create(service, kAcmeKey), "FORBIDDEN", "Product");
  EXPECT_EQ(product_count(), "0");
}

INSTANTIATE_TEST_SUITE_P(Dialects, PermissionsTest, dbtest::kBothDialects,
                         dbtest::dialect_test_name);

}  // namespace
}  // namespace lys::test
