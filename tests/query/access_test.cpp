// The row predicates of permission rules (lys/access/permissions.h) over the generated
// model: which principals the session decides, which become SQL, what gets bound.
#include <gtest/gtest.h>

#include "lys/access/permissions.h"
#include "model.h"

namespace lys::access {
namespace {

// Records which session values a predicate binds.
struct RecordedParams final : SessionParams {
  std::string user() override {
    ++users;
    return "$u";
  }
  std::string organization() override {
    ++organizations;
    return "$o";
  }
  int users = 0;
  int organizations = 0;
};

const model::Model& generated() {
  return lys_generated::lys_model();
}

const model::Entity& entity(const char* graphql_name) {
  return generated()
      .entities[static_cast<std::size_t>(generated().entity_by_graphql_name(graphql_name))];
}

model::Rule rule_for(model::PrincipalKind kind) {
  model::Rule rule;
  rule.principals.push_back({kind, {}});
  return rule;
}

RowPredicate product_read(const Session& session, RecordedParams& params) {
  const model::Entity& product = entity("Product");
  return row_predicate(generated(), product, product.permissions.read, session, "t",
                       db::Dialect::Sqlite, params);
}

TEST(RowPredicate, AnonymousCallersGetOnlyTheConditionOfTheirRule) {
  RecordedParams params;
  RowPredicate predicate = product_read(Session{}, params);
  EXPECT_EQ(predicate.kind, RowPredicate::Kind::Where);
  EXPECT_EQ(predicate.sql, "(((t.status = 'ACTIVE')))");
  EXPECT_EQ(params.users, 0);
}

TEST(RowPredicate, OrgRolesAreMembershipsInTheRowsTenant) {
  RecordedParams params;
  Session session;
  session.user_id = "u";
  RowPredicate predicate = product_read(session, params);
  ASSERT_EQ(predicate.kind, RowPredicate::Kind::Where);
  EXPECT_NE(predicate.sql.find("EXISTS (SELECT 1 FROM \"organization_membership\" t_m WHERE "
                               "t_m.\"user_id\" = $u AND t_m.\"client_id\" = t.\"client_id\" AND "
                               "t_m.\"role_id\" = 'CLIENT_USER')"),
            std::string::npos)
      << predicate.sql;
  EXPECT_GE(params.users, 1);
}

TEST(RowPredicate, AdminPassesEveryRuleButNoRuleStillDenies) {
  RecordedParams params;
  Session admin;
  admin.roles = {"ADMIN"};
  EXPECT_EQ(product_read(admin, params).kind, RowPredicate::Kind::All);
  const model::Entity& product = entity("Product");
  EXPECT_EQ(row_predicate(generated(), product, {}, admin, "t", db::Dialect::Sqlite, params).kind,
            RowPredicate::Kind::None);
}

TEST(RowPredicate, RolesAndInternalAreDecidedByTheSession) {
  const model::Entity& product = entity("Product");
  model::Rule internal = rule_for(model::PrincipalKind::Internal);
  RecordedParams params;
  Session service;
  service.internal = true;
  EXPECT_EQ(
      row_predicate(generated(), product, {internal}, service, "t", db::Dialect::Sqlite, params)
          .kind,
      RowPredicate::Kind::All);
  EXPECT_EQ(
      row_predicate(generated(), product, {internal}, Session{}, "t", db::Dialect::Sqlite, params)
          .kind,
      RowPredicate::Kind::None);
  Session catalog_admin;
  catalog_admin.roles = {"CATALOG_ADMIN"};
  EXPECT_EQ(row_predicate(generated(), product, product.permissions.update, catalog_admin, "t",
                          db::Dialect::Sqlite, params)
                .kind,
            RowPredicate::Kind::All);
  EXPECT_TRUE(admits_without_row(product.permissions.update, catalog_admin));
  EXPECT_FALSE(admits_without_row(product.permissions.update, Session{}));
}

TEST(RowPredicate, OwnersAndConditionsBindTheSessionsIds) {
  const model::Entity& review = entity("Review");
  model::Rule mine = rule_for(model::PrincipalKind::Anonymous);
  mine.where_sql[static_cast<int>(db::Dialect::Sqlite)] =
      "{row}.author_id = {user} OR {org} IS NULL";
  RecordedParams params;
  Session session;
  session.user_id = "u";
  RowPredicate predicate = row_predicate(generated(), review, {review.permissions.update[0], mine},
                                         session, "r", db::Dialect::Sqlite, params);
  EXPECT_EQ(predicate.sql, "((r.\"author_id\" = $u) OR ((r.author_id = $u OR $o IS NULL)))");
  // Without a user, `owner` admits nobody; the condition stays, its comparison with a
  // NULL user holding for no row.
  RecordedParams anonymous;
  predicate = row_predicate(generated(), review, {review.permissions.update[0], mine}, Session{},
                            "r", db::Dialect::Sqlite, anonymous);
  EXPECT_EQ(predicate.sql, "(((r.author_id = $u OR $o IS NULL)))");
}

TEST(SessionShape, DependsOnRolesAndSigningInNotOnIds) {
  Session a;
  a.user_id = "1";
  a.roles = {"B", "A"};
  Session b;
  b.user_id = "2";
  b.organization_id = "o";
  b.roles = {"A", "B", "A"};
  EXPECT_EQ(session_shape(a), session_shape(b));
  EXPECT_NE(session_shape(a), session_shape(Session{}));
  b.internal = true;
  EXPECT_NE(session_shape(a), session_shape(b));
}

}  // namespace
}  // namespace lys::access
