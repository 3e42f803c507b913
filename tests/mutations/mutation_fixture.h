// Every mutation test: a fresh database of its dialect (SQLite file or PostgreSQL
// database) with the tables of migrations/<dialect>/0001_initial.sql, a user, a
// client and two categories, and the mutation resolvers of the catalog model.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>

#include "catalog_model.h"
#include "lys/api/api.h"
#include "lys/db/database.h"
#include "resolver_table.h"
#include "selections.h"
#include "support/test_database.h"
#include "values.h"

namespace lys::test {

inline const std::string kAliceKey = "a11ce000-0000-4000-8000-000000000001";
inline const std::string kAcmeKey = "ac3e0000-0000-4000-8000-000000000002";
inline const std::string kGlobexKey = "910be000-0000-4000-8000-000000000003";
inline const std::string kSku = "6f1c2b0e-8a53-4c1e-9d3f-2a7b5c9e0d14";
inline const std::string kOtherSku = "0b9e4d1a-3c2f-4e6b-8a7d-5f1c0e2b9a36";

// What a root resolver produced.
struct Outcome {
  std::string json;  // empty when it failed
  std::optional<graphql::Error> error;
};

// A caller holding ADMIN, whom every rule admits: the tests that are not about
// permissions act as one.
const access::Session& admin_session();

class MutationTest : public testing::TestWithParam<db::Dialect> {
 protected:
  MutationTest();

  // Runs Mutation.<field.name>.
  Outcome call(const graphql::FieldSelection& field,
               const access::Session& session = admin_session());
  // createProduct with a valid input (plus `changes`); returns the new row's key.
  std::string create_product(std::initializer_list<graphql::Value::Field> changes = {});

  // The first cell of a query's first row ("" for NULL), to read the tables back.
  std::string scalar(const std::string& sql);
  // Registers the mutation resolvers of `model` on `executor`, over a planner of their own.
  void register_mutations(graphql::Executor& executor, const model::Model& model,
                          const api::ExternRegistry& externs);

  dbtest::TestDatabase test_database_;
  std::unique_ptr<db::Database> database_;
  api::ExternRegistry externs_;
  ResolverTable resolvers_;
};

// A complete CreateProductInput (Laptop, 999.99, ELECTRONICS, Acme, kSku) with
// `changes` replacing or adding members.
graphql::Value product_input(std::initializer_list<graphql::Value::Field> changes = {});

// The selection `product { … }` the tests read back.
graphql::FieldSelection product_selection(std::string name = "product");

// The key of the object `member` of a payload: { member: { id } }.
std::string payload_key(const std::string& json, const char* member);

// `text` parsed and printed without spaces, to compare JSON from both databases.
std::string canonical_json(const std::string& text);

void expect_bad_input(const Outcome& outcome, std::string_view path);
void expect_error(const Outcome& outcome, std::string_view code, std::string_view message_part);

}  // namespace lys::test
