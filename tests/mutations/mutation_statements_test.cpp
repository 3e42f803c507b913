#include "api/mutation_statements.h"

#include <gtest/gtest.h>

#include "catalog_model.h"

namespace lys::api {
namespace {

const model::Entity& product() {
  return test::catalog_model().entities[test::kProduct];
}

TEST(InsertStatement, BindsEveryColumnAndReturnsTheKey) {
  Statement statement =
      insert_statement(product(), {{"id", std::string("k")}, {"stock", std::int64_t{4}}});
  EXPECT_EQ(statement.sql, "INSERT INTO catalog_product (id, stock) VALUES ($1, $2) RETURNING id");
  ASSERT_EQ(statement.params.size(), 2u);
  EXPECT_EQ(std::get<std::int64_t>(statement.params[1]), 4);
}

TEST(UpdateStatement, BumpsVersionAndUpdatedAtUnderTheReadVersion) {
  UpdateRow update{"k", 3, {{"stock", std::int64_t{4}}}};
  EXPECT_EQ(update_statement(product(), db::Dialect::Postgres, update).sql,
            "UPDATE catalog_product SET stock = $1, updated_at = now(), version = version + 1 "
            "WHERE id = $2 AND version = $3 RETURNING id");
  Statement sqlite = update_statement(product(), db::Dialect::Sqlite, {"k", 3, {}});
  EXPECT_EQ(sqlite.sql,
            "UPDATE catalog_product SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
            "version = version + 1 WHERE id = $1 AND version = $2 RETURNING id");
  EXPECT_EQ(std::get<std::string>(sqlite.params[0]), "k");
  EXPECT_EQ(std::get<std::int64_t>(sqlite.params[1]), 3);
}

TEST(AssignmentStatement, ExpandsRowAndArgumentTemplatesBindingEachArgumentOnce) {
  model::NamedOperation operation;
  operation.assignments.push_back({4, {"{row}.stock + {arg:1} * {arg:1}", ""}});
  operation.assignments.push_back({5, {"'{{' || {arg:2}", ""}});
  std::vector<db::Param> arguments = {std::string("k"), std::int64_t{2}, std::string("x")};
  Statement statement =
      assignment_statement(product(), db::Dialect::Sqlite, operation, "key", arguments);
  EXPECT_EQ(statement.sql,
            "UPDATE catalog_product SET stock = catalog_product.stock + $2 * $2, "
            "description = '{' || $3, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
            "version = version + 1 WHERE id = $1 RETURNING id");
  ASSERT_EQ(statement.params.size(), 3u);
  EXPECT_EQ(std::get<std::string>(statement.params[0]), "key");
  EXPECT_EQ(std::get<std::int64_t>(statement.params[1]), 2);
  EXPECT_EQ(std::get<std::string>(statement.params[2]), "x");
}

TEST(DeleteStatement, DeletesByKey) {
  EXPECT_EQ(delete_statement(product(), "k").sql,
            "DELETE FROM catalog_product WHERE id = $1 RETURNING id");
  EXPECT_EQ(current_version_statement(product(), "k").sql,
            "SELECT version FROM catalog_product WHERE id = $1");
}

}  // namespace
}  // namespace lys::api
