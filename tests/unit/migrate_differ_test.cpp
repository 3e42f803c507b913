#include <gtest/gtest.h>

#include "compiler/emit/sql/sql_generators.h"
#include "compiler/emit/sql/sql_renderer.h"
#include "compiler/migrate/differ.h"
#include "tests/unit/sql_test_schema.h"

namespace lys {
namespace {

using testing::find;
using testing::shop_schema;

std::string render(const std::string& dialect,
                   const std::vector<emit::sql::SchemaChange>& changes) {
  auto renderer = dialect == "postgres" ? emit::sql::make_postgres_renderer()
                                        : emit::sql::make_sqlite_renderer();
  return renderer->render(changes);
}

std::vector<std::string> loss_messages(const migrate::Migration& migration) {
  std::vector<std::string> messages;
  for (const auto& loss : migration.losses) messages.push_back(loss.message);
  return messages;
}

void remove_field(ir::Schema& schema, const std::string& entity, const std::string& name) {
  auto& fields = find(schema, entity)->fields;
  fields.erase(std::find_if(fields.begin(), fields.end(),
                            [&](const ir::Field& field) { return field.name == name; }));
}

TEST(MigrateDiff, SameSchemaHasNoChanges) {
  EXPECT_TRUE(migrate::diff(shop_schema(), shop_schema()).empty());
}

TEST(MigrateDiff, FromEmptyIsTheSchemaCreation) {
  migrate::Migration migration = migrate::diff({}, shop_schema());
  for (const char* dialect : {"postgres", "sqlite"}) {
    EXPECT_EQ(render(dialect, migration.up),
              render(dialect, emit::sql::creation_changes(shop_schema())));
  }
  EXPECT_EQ(render("postgres", migration.down),
            "DROP TABLE catalog_product;\n\nDROP TABLE catalog_product_category;\n");
  EXPECT_TRUE(migration.losses.empty());
}

TEST(MigrateDiff, AddsANullableColumnInPlace) {
  ir::Schema after = shop_schema();
  find(after, "catalog.Product")
      ->fields.push_back(testing::field("weight", testing::scalar(ir::ScalarType::BigInt), true));
  migrate::Migration migration = migrate::diff(shop_schema(), after);
  EXPECT_EQ(render("postgres", migration.up),
            "ALTER TABLE catalog_product ADD COLUMN weight bigint;\n");
  EXPECT_EQ(render("postgres", migration.down),
            "ALTER TABLE catalog_product DROP COLUMN weight;\n");
  EXPECT_EQ(render("sqlite", migration.up),
            "ALTER TABLE catalog_product ADD COLUMN weight INTEGER;\n");
  EXPECT_TRUE(migration.losses.empty());
  // SQLite cannot drop it in place: the down rebuilds the table, keeping the rows.
  std::string down = render("sqlite", migration.down);
  EXPECT_EQ(down.rfind("-- lys:foreign-keys off\nCREATE TABLE catalog_product__new (\n", 0), 0u)
      << down;
  EXPECT_NE(
      down.find("INSERT INTO catalog_product__new (id, name, price, status, stock, "
                "category_id, featured, attributes, created_at, updated_at, version)\n"
                "  SELECT id, name, price, status, stock, category_id, featured, attributes, "
                "created_at, updated_at, version FROM catalog_product;\n"
                "DROP TABLE catalog_product;\n"
                "ALTER TABLE catalog_product__new RENAME TO catalog_product;\n"
                "CREATE UNIQUE INDEX uq_catalog_product_name ON catalog_product (name);\n"
                "CREATE INDEX ix_catalog_product_category_id ON catalog_product (category_id);\n"),
      std::string::npos)
      << down;
}

TEST(MigrateDiff, AddingARequiredFieldNeedsADatabaseDefault) {
  ir::Schema after = shop_schema();
  ir::Field sku = testing::field("sku", testing::scalar(ir::ScalarType::String, 20));
  find(after, "catalog.Product")->fields.push_back(sku);
  EXPECT_EQ(loss_messages(migrate::diff(shop_schema(), after)),
            std::vector<std::string>{"adding required field 'catalog.Product.sku' without a "
                                     "default fails on a table that has rows; give it a default "
                                     "or make it nullable"});

  // A session default is the runtime's: the existing rows would still have nothing.
  find(after, "catalog.Product")->fields.back().default_value =
      testing::value(ir::Value::Kind::CurrentUser);
  EXPECT_EQ(migrate::diff(shop_schema(), after).losses.size(), 1u);

  find(after, "catalog.Product")->fields.back().default_value =
      testing::value(ir::Value::Kind::String, "none");
  EXPECT_TRUE(migrate::diff(shop_schema(), after).losses.empty());
}

TEST(MigrateDiff, RenamedFieldIsRenamedNotDroppedAndAdded) {
  ir::Schema after = shop_schema();
  ir::Field& name = *find(*find(after, "catalog.Product"), "name");
  name.name = name.column = "title";
  name.renamed_from = "name";
  find(after, "catalog.Product")->indexes[0] = {"uq_catalog_product_title", {"title"}, true, {}};
  migrate::Migration migration = migrate::diff(shop_schema(), after);
  EXPECT_TRUE(migration.losses.empty());
  const char* up =
      "DROP INDEX uq_catalog_product_name;\n"
      "ALTER TABLE catalog_product RENAME COLUMN name TO title;\n"
      "CREATE UNIQUE INDEX uq_catalog_product_title ON catalog_product (title);\n";
  EXPECT_EQ(render("postgres", migration.up), up);
  EXPECT_EQ(render("sqlite", migration.up), up);
  EXPECT_EQ(render("sqlite", migration.down),
            "DROP INDEX uq_catalog_product_title;\n"
            "ALTER TABLE catalog_product RENAME COLUMN title TO name;\n"
            "CREATE UNIQUE INDEX uq_catalog_product_name ON catalog_product (name);\n");
}

TEST(MigrateDiff, RenamedEntityRenamesItsTable) {
  ir::Schema after = shop_schema();
  ir::Entity& category = *find(after, "catalog.ProductCategory");
  category.name = "Category";
  category.qualified = "catalog.Category";
  category.table = "catalog_category";
  category.renamed_from = "ProductCategory";
  find(*find(after, "catalog.Product"), "category")->type.target = "catalog.Category";
  migrate::Migration migration = migrate::diff(shop_schema(), after);
  EXPECT_TRUE(migration.losses.empty());
  std::string up = render("postgres", migration.up);
  EXPECT_EQ(up.rfind("ALTER TABLE catalog_product_category RENAME TO catalog_category;\n\n"
                     "ALTER TABLE catalog_category RENAME CONSTRAINT pk_catalog_product_category "
                     "TO pk_catalog_category;\n",
                     0),
            0u)
      << up;
  EXPECT_EQ(up.find("DROP TABLE"), std::string::npos);
  // The foreign key follows the rename: nothing to change on the product.
  EXPECT_EQ(up.find("catalog_product "), std::string::npos) << up;
}

TEST(MigrateDiff, TypeChangesCastWithUsing) {
  ir::Schema after = shop_schema();
  find(*find(after, "catalog.Product"), "stock")->type = testing::scalar(ir::ScalarType::BigInt);
  migrate::Migration migration = migrate::diff(shop_schema(), after);
  EXPECT_TRUE(migration.losses.empty());  // widening
  EXPECT_EQ(render("postgres", migration.up),
            "ALTER TABLE catalog_product ALTER COLUMN stock DROP DEFAULT;\n"
            "ALTER TABLE catalog_product ALTER COLUMN stock TYPE bigint USING stock::bigint;\n"
            "ALTER TABLE catalog_product ALTER COLUMN stock SET DEFAULT 0;\n");
  EXPECT_EQ(render("sqlite", migration.up), "");  // both INTEGER
  EXPECT_EQ(loss_messages(migrate::diff(after, shop_schema())),
            std::vector<std::string>{"changing field 'catalog.Product.stock' from bigint to int "
                                     "would lose data"});
}

TEST(MigrateDiff, NarrowingAStringLosesDataAndTruncatesOnSqlite) {
  ir::Schema after = shop_schema();
  find(*find(after, "catalog.Product"), "name")->type = testing::scalar(ir::ScalarType::String, 50);
  migrate::Migration migration = migrate::diff(shop_schema(), after);
  EXPECT_EQ(loss_messages(migration),
            std::vector<std::string>{"changing field 'catalog.Product.name' from string(255) to "
                                     "string(50) would lose data"});
  EXPECT_NE(render("sqlite", migration.up).find("SELECT id, substr(name, 1, 50), price"),
            std::string::npos);
}

TEST(MigrateDiff, EnumValueChangesAreCheckChanges) {
  ir::Schema after = shop_schema();
  after.enums[0].values.pop_back();  // ARCHIVED
  find(after, "catalog.Product")->checks[0].condition =
      testing::enum_check("status", after.enums[0]);
  migrate::Migration migration = migrate::diff(shop_schema(), after);
  EXPECT_EQ(render("postgres", migration.up),
            "ALTER TABLE catalog_product DROP CONSTRAINT ck_catalog_product_status;\n"
            "ALTER TABLE catalog_product ADD CONSTRAINT ck_catalog_product_status CHECK (status "
            "IN ('DRAFT', 'ACTIVE'));\n");
  EXPECT_EQ(loss_messages(migration),
            std::vector<std::string>{"removing value 'ARCHIVED' from enum 'catalog.ProductStatus' "
                                     "would lose the data of field 'catalog.Product.status'"});
  EXPECT_TRUE(migrate::diff(after, shop_schema()).losses.empty());  // adding a value is safe
}

TEST(MigrateDiff, RequiringAFieldFillsNullsWithItsDefault) {
  ir::Schema before = shop_schema();
  find(*find(before, "catalog.Product"), "stock")->nullable = true;
  migrate::Migration migration = migrate::diff(before, shop_schema());
  EXPECT_TRUE(migration.losses.empty());
  EXPECT_EQ(render("postgres", migration.up),
            "UPDATE catalog_product SET stock = 0 WHERE stock IS NULL;\n"
            "ALTER TABLE catalog_product ALTER COLUMN stock SET NOT NULL;\n");
  EXPECT_NE(render("sqlite", migration.up).find("coalesce(stock, 0)"), std::string::npos);

  find(*find(before, "catalog.Product"), "name")->nullable = true;
  EXPECT_EQ(loss_messages(migrate::diff(before, shop_schema())),
            std::vector<std::string>{"making field 'catalog.Product.name' required without a "
                                     "default fails on the rows where it is null"});
}

TEST(MigrateDiff, DroppingLosesDataAndKeepsTheSpanOfSurvivingFields) {
  ir::Schema after = shop_schema();
  remove_field(after, "catalog.Product", "featured");
  after.entities.erase(after.entities.begin());  // ProductCategory
  remove_field(after, "catalog.Product", "category");
  ir::Field& name = *find(*find(after, "catalog.Product"), "name");
  name.type = testing::scalar(ir::ScalarType::String, 10);
  name.span = SourceSpan{3, {4, 5}, {4, 9}};
  migrate::Migration migration = migrate::diff(shop_schema(), after);
  EXPECT_EQ(loss_messages(migration),
            (std::vector<std::string>{
                "changing field 'catalog.Product.name' from string(255) to string(10) would lose "
                "data",
                "dropping field 'catalog.Product.category' would lose its data",
                "dropping field 'catalog.Product.featured' would lose its data",
                "dropping entity 'catalog.ProductCategory' would lose its data"}));
  EXPECT_EQ(migration.losses[0].span, name.span);
  EXPECT_FALSE(migration.losses[1].span);
  // The foreign key goes before the table it points to.
  std::string up = render("postgres", migration.up);
  EXPECT_LT(up.find("DROP CONSTRAINT fk_catalog_product_category_id"),
            up.find("DROP TABLE catalog_product_category"));
}

TEST(MigrateDiff, DownIsTheInverseOfUp) {
  ir::Schema after = shop_schema();
  find(after, "catalog.Product")->doc = "Things we sell.";
  find(*find(after, "catalog.Product"), "price")->type = testing::decimal(12, 2);
  migrate::Migration migration = migrate::diff(shop_schema(), after);
  EXPECT_EQ(render("postgres", migration.down),
            "COMMENT ON TABLE catalog_product IS 'A product in the catalog.';\n"
            "ALTER TABLE catalog_product ALTER COLUMN price TYPE numeric(10,2) USING "
            "price::numeric(10,2);\n");
  for (const char* dialect : {"postgres", "sqlite"}) {
    EXPECT_EQ(render(dialect, emit::sql::inverse(migration.down)), render(dialect, migration.up));
  }
  EXPECT_EQ(render("postgres", migration.up),
            "ALTER TABLE catalog_product ALTER COLUMN price TYPE numeric(12,2) USING "
            "price::numeric(12,2);\n"
            "COMMENT ON TABLE catalog_product IS 'Things we sell.';\n");
}

}  // namespace
}  // namespace lys
