// The catalog's generated repositories on real databases: a SQLite file and the
// PostgreSQL server of LYS_TEST_PG_URL (in a schema of its own per test), both set up
// by the example's migrations/<dialect>/0001_initial.sql.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "catalog/catalog.h"
#include "lys/db/database.h"
#include "lys/db/ids.h"
#include "lys/db/migration_script.h"

namespace catalog {
namespace {

namespace fs = std::filesystem;
using lys::db::Dialect;

std::string read_text(const fs::path& path) {
  std::ifstream file(path);
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

class RepositoryTest : public testing::TestWithParam<Dialect> {
 protected:
  void SetUp() override {
    lys::db::DatabaseOptions options;
    options.pool_size = 1;
    if (GetParam() == Dialect::Sqlite) {
      file_ = fs::temp_directory_path() /
              ("lys_repositories_" + std::to_string(getpid()) + "_" + test_name() + ".db");
      fs::remove(file_);
      options.url = "sqlite:" + file_.string();
    } else {
      const char* url = std::getenv("LYS_TEST_PG_URL");
      ASSERT_NE(url, nullptr) << "LYS_TEST_PG_URL is not set: run scripts/pg.sh start";
      options.url = url;
    }
    database_ = lys::db::Database::open(options);
    lease_.emplace(database_->acquire());
    if (GetParam() == Dialect::Postgres) {
      schema_ = "lys_repositories_" + std::to_string(getpid());
      connection().execute_script("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE; CREATE SCHEMA " +
                                  schema_ + "; SET search_path TO " + schema_);
    }
    std::string dialect(lys::db::dialect_name(GetParam()));
    lys::db::MigrationScript migration = lys::db::parse_migration_script(
        read_text(fs::path(LYS_MIGRATIONS_DIR) / dialect / "0001_initial.sql"));
    lys::db::Transaction transaction(connection());
    connection().execute_script(migration.up.sql);
    transaction.commit();

    ProductCategory books;
    books.id = "BOOKS";
    ProductCategoryRepository(connection()).create(books);
  }

  void TearDown() override {
    if (!schema_.empty()) connection().execute_script("DROP SCHEMA " + schema_ + " CASCADE");
    lease_.reset();
    database_.reset();
    if (!file_.empty()) fs::remove(file_);
  }

  static std::string test_name() {
    std::string name = testing::UnitTest::GetInstance()->current_test_info()->name();
    for (char& c : name) {
      if (c == '/') c = '_';
    }
    return name;
  }

  lys::db::Connection& connection() { return **lease_; }

  static Product product(const std::string& name) {
    Product product;
    product.name = name;
    product.price = "19.90";
    product.sku = lys::db::random_uuid();
    product.category_id = "BOOKS";
    product.client_id = lys::db::random_uuid();
    return product;
  }

  fs::path file_;
  std::string schema_;
  std::unique_ptr<lys::db::Database> database_;
  std::optional<lys::db::Database::Lease> lease_;
};

TEST_P(RepositoryTest, CreateMakesARandomIdAndTheDatabaseFillsTheRest) {
  ProductRepository products(connection());
  Product created = products.create(product("Dune"));
  EXPECT_TRUE(std::regex_match(
      created.id,
      std::regex("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")));
  EXPECT_EQ(created.price, "19.90");
  EXPECT_EQ(created.status, ProductStatus::DRAFT);
  EXPECT_EQ(created.version, 1);
  EXPECT_TRUE(std::regex_match(created.created_at,
                               std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)")));
  EXPECT_NE(products.create(product("Emma")).id, created.id);
}

TEST_P(RepositoryTest, FindByIdReadsBackEveryKindOfColumn) {
  ProductRepository products(connection());
  Product written = product("Ulysses");
  written.price = "999.99";
  written.status = ProductStatus::ACTIVE;
  written.stock = 12;
  written.weight_grams = 5'000'000'000;
  written.rating = 4.5;
  written.released_on = "1922-02-02";
  written.thumbnail = lys::db::Bytes{std::string("\x00\xff\x10", 3)};
  written.featured = true;
  written.published_at = "2026-11-21T12:00:00.000Z";
  Product created = products.create(written);

  std::optional<Product> found = products.find_by_id(created.id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->name, "Ulysses");
  EXPECT_EQ(found->price, "999.99");
  EXPECT_EQ(found->status, ProductStatus::ACTIVE);
  EXPECT_EQ(found->stock, 12);
  EXPECT_EQ(found->weight_grams, 5'000'000'000);
  EXPECT_EQ(found->rating, 4.5);
  EXPECT_EQ(found->released_on, "1922-02-02");
  EXPECT_EQ(found->thumbnail, written.thumbnail);
  EXPECT_TRUE(found->featured);
  EXPECT_EQ(found->published_at, "2026-11-21T12:00:00.000Z");
  EXPECT_FALSE(found->description);
  EXPECT_FALSE(found->owner_id);
  EXPECT_EQ(found->category_id, "BOOKS");
  EXPECT_FALSE(products.find_by_id(lys::db::random_uuid()));
}

TEST_P(RepositoryTest, UpdateBumpsTheVersionAndRefusesAStaleOne) {
  ProductRepository products(connection());
  Product created = products.create(product("Dune"));
  Product changed = created;
  changed.stock = 7;
  std::optional<Product> updated = products.update(changed);
  ASSERT_TRUE(updated);
  EXPECT_EQ(updated->stock, 7);
  EXPECT_EQ(updated->version, 2);

  Product stale = created;  // still version 1
  stale.stock = 99;
  EXPECT_THROW(products.update(stale), lys::db::VersionConflict);
  EXPECT_EQ(products.find_by_id(created.id)->stock, 7);

  Product missing = product("Nowhere");
  missing.id = lys::db::random_uuid();
  EXPECT_FALSE(products.update(missing));
}

TEST_P(RepositoryTest, RemoveDeletesOnce) {
  ProductRepository products(connection());
  Product created = products.create(product("Dune"));
  EXPECT_TRUE(products.remove(created.id));
  EXPECT_FALSE(products.remove(created.id));
  EXPECT_FALSE(products.find_by_id(created.id));
}

TEST_P(RepositoryTest, UpsertInsertsThenOverwritesTheSameId) {
  ProductRepository products(connection());
  Product row = product("Dune");
  row.id = lys::db::random_uuid();
  Product inserted = products.upsert(row);
  EXPECT_EQ(inserted.id, row.id);
  EXPECT_EQ(inserted.version, 1);

  row.name = "Dune Messiah";
  Product overwritten = products.upsert(row);
  EXPECT_EQ(overwritten.name, "Dune Messiah");
  EXPECT_EQ(overwritten.version, 2);
  EXPECT_EQ(products.find_many().size(), 1u);
}

TEST_P(RepositoryTest, InsertManyIsAllOrNothing) {
  ProductRepository products(connection());
  EXPECT_EQ(products.insert_many({product("A"), product("B"), product("C")}).size(), 3u);
  EXPECT_EQ(products.find_many().size(), 3u);

  Product duplicate = product("D");
  Product again = duplicate;
  again.name = "E";  // same sku: unique
  EXPECT_THROW(products.insert_many({product("F"), duplicate, again}), lys::db::Error);
  EXPECT_EQ(products.find_many().size(), 3u);
}

TEST_P(RepositoryTest, FindManyFiltersOrdersAndPages) {
  ProductRepository products(connection());
  for (const char* name : {"c", "a", "d", "b"}) {
    Product row = product(name);
    row.status = std::string(name) == "d" ? ProductStatus::ARCHIVED : ProductStatus::ACTIVE;
    products.create(row);
  }
  auto names = [](const std::vector<Product>& rows) {
    std::vector<std::string> result;
    for (const Product& row : rows) result.push_back(row.name);
    return result;
  };
  ProductFilter active;
  active.status = ProductStatus::ACTIVE;
  ProductOrder by_name;
  by_name.field = ProductField::name;
  EXPECT_EQ(names(products.find_many(active, by_name)), (std::vector<std::string>{"a", "b", "c"}));

  ProductOrder by_name_descending = by_name;
  by_name_descending.descending = true;
  lys::db::Page second_and_third;
  second_and_third.limit = 2;
  second_and_third.offset = 1;
  EXPECT_EQ(names(products.find_many({}, by_name_descending, second_and_third)),
            (std::vector<std::string>{"c", "b"}));

  ProductFilter b_in_books;
  b_in_books.name = "b";
  b_in_books.category_id = "BOOKS";
  EXPECT_EQ(names(products.find_many(b_in_books)), (std::vector<std::string>{"b"}));
}

INSTANTIATE_TEST_SUITE_P(Dialects, RepositoryTest,
                         testing::Values(Dialect::Sqlite, Dialect::Postgres),
                         [](const testing::TestParamInfo<Dialect>& param) {
                           return std::string(lys::db::dialect_name(param.param));
                         });

}  // namespace
}  // namespace catalog
