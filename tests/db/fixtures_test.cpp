// The fixtures loader on both dialects, with a small model written here the way lysc
// generates it: a parametric category, products referencing it, offers referencing
// products.
#include "lys/db/fixtures.h"

#include <gtest/gtest.h>

#include "support/test_database.h"

namespace lys::dbtest {
namespace {

using db::Dialect;
using model::Kind;

constexpr int kCategory = 0;
constexpr int kProduct = 1;
constexpr int kOffer = 2;

model::Field field(std::string name, Kind kind, model::Implicit implicit = model::Implicit::None) {
  model::Field field;
  field.column = name;
  field.name = std::move(name);
  field.kind = kind;
  field.implicit = implicit;
  return field;
}

model::Field reference(std::string name, int target) {
  model::Field field = lys::dbtest::field(name, Kind::Reference);
  field.column = name + "_id";
  field.target = target;
  return field;
}

std::vector<model::Field> with_bookkeeping(std::vector<model::Field> fields) {
  fields.push_back(field("created_at", Kind::DateTime, model::Implicit::CreatedAt));
  fields.push_back(field("updated_at", Kind::DateTime, model::Implicit::UpdatedAt));
  fields.push_back(field("version", Kind::Int, model::Implicit::Version));
  return fields;
}

model::Entity entity(std::string name, std::string table, bool parametric,
                     std::vector<model::Field> fields) {
  model::Entity entity;
  entity.qualified = "catalog." + name;
  entity.name = std::move(name);
  entity.table = std::move(table);
  entity.parametric = parametric;
  entity.fields = with_bookkeeping(std::move(fields));
  return entity;
}

model::FixtureValue constant(int field, std::string text) {
  return {.field = field, .text = std::move(text), .ref_entity = -1, .ref_key = {}};
}

model::FixtureValue ref(int field, int entity, std::string key) {
  return {.field = field, .text = {}, .ref_entity = entity, .ref_key = std::move(key)};
}

model::Model shop_model() {
  model::Model model;
  model.entities.push_back(entity(
      "ProductCategory", "catalog_product_category", true,
      {field("id", Kind::String, model::Implicit::Id), field("name", Kind::Text),
       field("enabled", Kind::Bool, model::Implicit::Enabled), field("description", Kind::Text)}));
  model.entities.push_back(
      entity("Product", "catalog_product", false,
             {field("id", Kind::Uuid, model::Implicit::Id), field("name", Kind::Text),
              field("price", Kind::Decimal), reference("category", kCategory),
              field("active", Kind::Bool), field("note", Kind::Text)}));
  model.entities.push_back(entity("Offer", "catalog_offer", false,
                                  {field("id", Kind::Uuid, model::Implicit::Id),
                                   reference("product", kProduct), field("percent", Kind::Int)}));
  model.fixtures = {
      {.entity = kCategory,
       .environments = {},
       .records = {{"TOOLS", {constant(1, "Tools")}}, {"TOYS", {constant(1, "Toys")}}}},
      {.entity = kProduct,
       .environments = {"dev", "demo"},
       .records = {{"laptop",
                    {constant(1, "Laptop"), constant(2, "999.99"), ref(3, kCategory, "TOOLS"),
                     constant(4, "false")}}}},
      {.entity = kProduct,
       .environments = {"prod"},
       .records = {{"server",
                    {constant(1, "Server"), constant(2, "19.90"), ref(3, kCategory, "TOOLS"),
                     constant(4, "true")}}}},
      {.entity = kOffer,
       .environments = {"dev"},
       .records = {{"launch", {ref(1, kProduct, "laptop"), constant(2, "10")}}}},
  };
  return model;
}

constexpr std::string_view kLaptopId = "64133668-8c4d-5ef7-ab12-b314a05dcd52";

class FixturesTest : public testing::TestWithParam<Dialect> {
 protected:
  void SetUp() override {
    const bool pg = GetParam() == Dialect::Postgres;
    const std::string uuid = pg ? "uuid" : "TEXT";
    const std::string boolean = pg ? "boolean" : "INTEGER";
    const std::string yes = pg ? "true" : "1";
    const std::string now = pg ? "now()" : "(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))";
    const std::string time = pg ? "timestamptz" : "TEXT";
    const std::string bookkeeping = ", created_at " + time + " NOT NULL DEFAULT " + now +
                                    ", updated_at " + time + " NOT NULL DEFAULT " + now +
                                    ", version INTEGER NOT NULL DEFAULT 1)";
    connection_->execute_script(
        "CREATE TABLE catalog_product_category (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
        " enabled " +
        boolean + " NOT NULL DEFAULT " + yes + ", description TEXT" + bookkeeping +
        ";CREATE TABLE catalog_product (id " + uuid +
        " PRIMARY KEY, name TEXT NOT NULL,"
        " price NUMERIC(10, 2), category_id TEXT NOT NULL REFERENCES catalog_product_category (id),"
        " active " +
        boolean + " NOT NULL DEFAULT " + yes + ", note TEXT DEFAULT 'none'" + bookkeeping +
        ";CREATE TABLE catalog_offer (id " + uuid + " PRIMARY KEY, product_id " + uuid +
        " NOT NULL REFERENCES catalog_product (id), percent INTEGER" + bookkeeping + ";");
  }

  db::FixtureLoadResult load(std::string_view environment) {
    return db::load_fixtures(*connection_, model_, environment);
  }

  db::Rows query(const std::string& sql) { return connection_->query(sql); }

  static void expect_counts(const db::FixtureLoadResult& result, int inserted, int updated,
                            int unchanged) {
    EXPECT_EQ(result.inserted, inserted);
    EXPECT_EQ(result.updated, updated);
    EXPECT_EQ(result.unchanged, unchanged);
  }

  TestDatabase test_database_{GetParam()};
  std::unique_ptr<db::Database> database_ = test_database_.open();
  db::Database::Lease connection_ = database_->acquire();
  model::Model model_ = shop_model();
};

TEST_P(FixturesTest, InsertsRecordsWithStableIdsAndDefaults) {
  expect_counts(load("dev"), 4, 0, 0);
  const db::Rows product =
      query("SELECT id, name, price, category_id, active, note, version FROM catalog_product");
  ASSERT_EQ(product.size(), 1u);
  EXPECT_EQ(product.text(0, 0), kLaptopId);  // python3: uuid.uuid5(uuid.NAMESPACE_URL, ...)
  EXPECT_EQ(product.text(0, 1), "Laptop");
  EXPECT_EQ(std::stod(std::string(product.text(0, 2))), 999.99);
  EXPECT_EQ(product.text(0, 3), "TOOLS");
  EXPECT_FALSE(product.boolean(0, 4));
  EXPECT_EQ(product.text(0, 5), "none");  // not set by the record: the column default
  EXPECT_EQ(product.integer(0, 6), 1);

  const db::Rows offer = query("SELECT product_id, percent FROM catalog_offer");
  ASSERT_EQ(offer.size(), 1u);
  EXPECT_EQ(offer.text(0, 0), kLaptopId);
  EXPECT_EQ(offer.integer(0, 1), 10);

  const db::Rows categories =
      query("SELECT id, name, enabled FROM catalog_product_category ORDER BY id");
  ASSERT_EQ(categories.size(), 2u);
  EXPECT_EQ(categories.text(0, 0), "TOOLS");
  EXPECT_EQ(categories.text(1, 1), "Toys");
  EXPECT_TRUE(categories.boolean(1, 2));
}

TEST_P(FixturesTest, ASecondRunChangesNothing) {
  load("dev");
  const std::string state_sql =
      "SELECT CAST(id AS TEXT), updated_at, version FROM catalog_product UNION ALL "
      "SELECT id, updated_at, version FROM catalog_product_category ORDER BY 1";
  const db::Rows before = query(state_sql);
  expect_counts(load("dev"), 0, 0, 4);
  const db::Rows after = query(state_sql);
  ASSERT_EQ(after.size(), before.size());
  for (std::size_t row = 0; row < after.size(); ++row) {
    EXPECT_EQ(after.text(row, 1), before.text(row, 1));
    EXPECT_EQ(after.integer(row, 2), 1);
  }
}

TEST_P(FixturesTest, AChangedValueUpdatesOnlyThatRowAndLeavesOtherColumnsAlone) {
  load("dev");
  query("UPDATE catalog_product SET note = 'kept'");
  model_.fixtures[1].records[0].values[0].text = "Laptop Pro";
  expect_counts(load("dev"), 0, 1, 3);
  const db::Rows product = query("SELECT name, note, version FROM catalog_product");
  EXPECT_EQ(product.text(0, 0), "Laptop Pro");
  EXPECT_EQ(product.text(0, 1), "kept");
  EXPECT_EQ(product.integer(0, 2), 2);
  EXPECT_EQ(query("SELECT max(version) FROM catalog_product_category").integer(0, 0), 1);
}

TEST_P(FixturesTest, OnlySetsForTheEnvironmentLoad) {
  expect_counts(load("prod"), 3, 0, 0);
  const db::Rows products = query("SELECT name, active FROM catalog_product");
  ASSERT_EQ(products.size(), 1u);
  EXPECT_EQ(products.text(0, 0), "Server");
  EXPECT_TRUE(products.boolean(0, 1));
  EXPECT_TRUE(query("SELECT id FROM catalog_offer").empty());
  expect_counts(load("demo"), 1, 0, 2);  // the laptop; the offer is dev only
}

TEST_P(FixturesTest, AFailureKeepsNothing) {
  model_.fixtures[3].records[0].values[0].ref_key = "no_such_product";
  try {
    load("dev");
    FAIL() << "an offer of a missing product was loaded";
  } catch (const db::Error& error) {
    EXPECT_EQ(error.kind(), db::ErrorKind::ForeignKeyViolation) << error.what();
  }
  EXPECT_EQ(query("SELECT count(*) FROM catalog_product_category").integer(0, 0), 0);
  EXPECT_EQ(query("SELECT count(*) FROM catalog_product").integer(0, 0), 0);
}

// A fixture may set a field to null, over its default, and keeps it so.
TEST_P(FixturesTest, ANullValueStoresNull) {
  model_.fixtures[1].records[0].values.push_back(model::FixtureValue::null_of(5));  // note
  expect_counts(load("dev"), 4, 0, 0);
  EXPECT_TRUE(query("SELECT note FROM catalog_product").is_null(0, 0));
  expect_counts(load("dev"), 0, 0, 4);
  query("UPDATE catalog_product SET note = 'changed'");
  expect_counts(load("dev"), 0, 1, 3);
  EXPECT_TRUE(query("SELECT note FROM catalog_product").is_null(0, 0));
}

INSTANTIATE_TEST_SUITE_P(Dialects, FixturesTest, kBothDialects, dialect_test_name);

}  // namespace
}  // namespace lys::dbtest
