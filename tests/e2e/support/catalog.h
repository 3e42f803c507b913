// The generated example server `catalog-server` under test, on each database: the
// catalog suites are parameterised by Backend, so every case runs once over SQLite
// and once over PostgreSQL (LYS_TEST_PG_URL, required).
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "support/json.h"
#include "support/sql_probe.h"
#include "support/test_server.h"

namespace lys::e2e {

enum class Backend { Sqlite, Postgres };
// How gtest prints a Backend in test names and failures: "sqlite", "postgres".
void PrintTo(Backend backend, std::ostream* out);

TestDatabase fresh_database(Backend backend);
std::string backend_name(const ::testing::TestParamInfo<Backend>& info);

// The catalog-server binary; fails the test when the build has none.
ServerBinary catalog_binary();

// The id of alice, a dev fixture user: stable, derived from her fixture key.
const std::string& alice_id();

// An access token of alice holding ADMIN, whom every rule admits.
const std::string& administrator_token();

// A catalog-server with its dev fixtures over a fresh database of `backend`.
class Catalog {
 public:
  explicit Catalog(Backend backend, const Environment& extra = {});

  TestServer& server() { return server_; }
  TestDatabase& database() { return database_; }

  // POST /graphql as the administrator (administrator_token): the suites test the API's
  // mechanics; the rules have suites of their own.
  // The parsed response, which must be JSON.
  Json post(const std::string& query, const std::string& variables_json = "{}");
  // Like post, and the response must have no error: its `data`, printed.
  std::string data(const std::string& query, const std::string& variables_json = "{}");

  // Every row of the catalog's tables (and the organizations they belong to), read
  // straight from the database: compared before and after a request that must change
  // nothing.
  std::string snapshot();

 private:
  TestDatabase database_;
  TestServer server_;
};

// Suites whose tests only read: one server per backend for the whole suite (within
// one process; ctest runs each test in its own).
class SharedCatalogTest : public ::testing::TestWithParam<Backend> {
 public:
  static void TearDownTestSuite() { shared().clear(); }

 protected:
  Catalog& catalog();
  // The suite's own data, added once to each new server.
  virtual void seed(Catalog&) {}

 private:
  static std::map<Backend, std::unique_ptr<Catalog>>& shared();
};

// Read-only suites over the sample data (seed_sample_data, below).
class SampleCatalogTest : public SharedCatalogTest {
 protected:
  void seed(Catalog& catalog) override;
};

// Suites whose tests write: a fresh server and database per test.
class FreshCatalogTest : public ::testing::TestWithParam<Backend> {
 protected:
  Catalog& catalog() { return catalog_; }

 private:
  Catalog catalog_{GetParam()};
};

// Runs a parameterised catalog suite on both databases.
#define LYS_CATALOG_SUITE(suite)                                                              \
  INSTANTIATE_TEST_SUITE_P(                                                                   \
      , suite, ::testing::Values(::lys::e2e::Backend::Sqlite, ::lys::e2e::Backend::Postgres), \
      ::lys::e2e::backend_name)

// Global ids of the fixtures (deterministic: UUID v5 of "<app>.<Entity>/<key>").
std::string fixture_global_id(const std::string& type, const std::string& qualified_entity,
                              const std::string& key);
std::string product_id(const std::string& key);    // laptop, tshirt
std::string category_id(const std::string& code);  // ELECTRONICS, CLOTHING
std::string client_id(const std::string& key);     // acme, globex

// One product to create: the fields a test cares about, the rest made up.
struct NewProduct {
  std::string name;
  std::string price;
  int stock = 0;
  std::string status = "DRAFT";
  std::string category = "ELECTRONICS";
  std::string client = "acme";
  std::string extra;  // more input fields, GraphQL syntax: `rating: 4.5, featured: true`
};

// Creates them all in one request (each root field in its own transaction) and
// returns their global ids in order; fails the test on any error.
std::vector<std::string> create_products(Catalog& catalog, const std::vector<NewProduct>& products);

// The data set the reading suites share, beside the two fixture products (Laptop:
// 999.99, stock 12, ACTIVE, ELECTRONICS, acme; T-shirt: 19.90, stock 0, DRAFT,
// CLOTHING, globex). Prices and stocks tie in groups, so orders need the id to break
// them:
//   Cable     5.00  1  ACTIVE    ELECTRONICS acme    description USB-C, published 2024-01-10T08:00Z
//   Socks     5.00  0  DRAFT     CLOTHING    globex
//   Charger   5.00  1  DRAFT     ELECTRONICS globex  description 65 W
//   Scarf     5.00  0  ACTIVE    CLOTHING    acme    published 2024-03-01T00:00Z
//   Mouse     7.50  2  ACTIVE    ELECTRONICS acme    published 2024-02-15T12:30Z
//   Gloves    7.50  2  DRAFT     CLOTHING    globex
//   Keyboard  7.50  1  ARCHIVED  ELECTRONICS acme    published 2023-12-31T23:59:59Z
//   Jacket   12.00  3  ACTIVE    CLOTHING    globex
//   Monitor  12.00  3  DRAFT     ELECTRONICS acme
//   Camera   12.00  3  ACTIVE    ELECTRONICS globex  every optional field set (see .cpp)
// Reviews: Camera 4 "Sharp" and 2 "Heavy", Cable 5 (no body), beside the fixture's
// Laptop 5 "Fast and quiet.".
void seed_sample_data(Catalog& catalog);

}  // namespace lys::e2e
