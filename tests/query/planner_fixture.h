// A fresh database per test (each dialect) with the generated schema of the example
// apps, seeded with a small catalog, and helpers
// that plan a root field, run its one statement and return the JSON normalised.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "catalog_model.h"
#include "lys/db/database.h"
#include "lys/query/global_id.h"
#include "lys/query/planner.h"
#include "selection_builders.h"
#include "support/test_database.h"

namespace lys::query::test {

// Seeded ids: users a1 a2, clients c1 c2, products b1…b5, reviews e1…e4.
std::string uuid(char kind, int n);
std::string gid(const std::string& type, const std::string& raw_id);
// The JSON text with insignificant whitespace removed (PostgreSQL pads its JSON).
std::string normalized(const std::string& json);

class PlannerTest : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override;

  // Plans and runs a root field; "null" when the planner answers without a query.
  std::string query(const FieldSelection& field);
  // Statements the database has run.
  std::uint64_t statements() const { return database_->statements_executed(); }

  const model::Model& model_ = catalog_model();
  std::unique_ptr<dbtest::TestDatabase> scratch_;
  std::unique_ptr<db::Database> database_;
  std::shared_ptr<const Planner> planner_;
  access::Session session_;
};

}  // namespace lys::query::test
