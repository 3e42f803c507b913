// A fresh database per test (each dialect), seeded with a small catalog, and helpers
// that plan a root field, run its one statement and return the JSON normalised.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "catalog_model.h"
#include "lys/query/global_id.h"
#include "lys/query/planner.h"
#include "selection_builders.h"
#include "test_databases.h"

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
  // The statements the database ran since the test began.
  int statements() const { return database_->statements(); }

  const model::Model& model_ = catalog_model();
  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<Planner> planner_;
  access::Session session_;
};

std::string dialect_test_name(const ::testing::TestParamInfo<db::Dialect>& info);

}  // namespace lys::query::test
