#include "compiler/ir/naming.h"

#include <gtest/gtest.h>

namespace lys::ir::naming {
namespace {

TEST(Naming, SnakeCaseSplitsWordsAndAcronyms) {
  EXPECT_EQ(snake_case("ProductCategory"), "product_category");
  EXPECT_EQ(snake_case("Product"), "product");
  EXPECT_EQ(snake_case("HTTPServer"), "http_server");
  EXPECT_EQ(snake_case("OAuth2Token"), "o_auth2_token");
  EXPECT_EQ(snake_case("already_snake"), "already_snake");
}

TEST(Naming, CamelCaseJoinsWordsAndLowersTheFirstLetter) {
  EXPECT_EQ(camel_case("legacy_code"), "legacyCode");
  EXPECT_EQ(camel_case("created_at"), "createdAt");
  EXPECT_EQ(camel_case("category"), "category");
  EXPECT_EQ(camel_case("searchProducts"), "searchProducts");
  EXPECT_EQ(camel_case("ProductCategory"), "productCategory");
}

TEST(Naming, PluralizeFollowsEnglishEndings) {
  EXPECT_EQ(pluralize("product"), "products");
  EXPECT_EQ(pluralize("category"), "categories");
  EXPECT_EQ(pluralize("day"), "days");
  EXPECT_EQ(pluralize("status"), "statuses");
  EXPECT_EQ(pluralize("box"), "boxes");
  EXPECT_EQ(pluralize("match"), "matches");
  EXPECT_EQ(pluralize("wish"), "wishes");
  EXPECT_EQ(pluralize("person"), "persons");
}

TEST(Naming, TablesColumnsAndGraphqlNames) {
  EXPECT_EQ(table_name("catalog", "ProductCategory"), "catalog_product_category");
  EXPECT_EQ(column_name("category", true), "category_id");
  EXPECT_EQ(column_name("legacy_code", false), "legacy_code");
  EXPECT_EQ(graphql_plural("ProductCategory"), "productCategories");
  EXPECT_EQ(graphql_plural("Product"), "products");
  EXPECT_EQ(graphql_singular("ProductCategory"), "productCategory");
}

TEST(Naming, ConstraintNames) {
  EXPECT_EQ(primary_key_name("catalog_product"), "pk_catalog_product");
  EXPECT_EQ(foreign_key_name("catalog_product", "category_id"), "fk_catalog_product_category_id");
  EXPECT_EQ(unique_name("catalog_product", {"client_id", "name"}),
            "uq_catalog_product_client_id_name");
  EXPECT_EQ(index_name("catalog_product", {"category_id", "created_at"}),
            "ix_catalog_product_category_id_created_at");
  EXPECT_EQ(check_name("catalog_product", {"price"}), "ck_catalog_product_price");
}

TEST(Naming, LongIdentifiersAreCutAndHashed) {
  const std::string exact(63, 'a');
  EXPECT_EQ(limit_identifier(exact), exact);
  const std::string long_name = "ix_" + std::string(70, 'b');
  const std::string cut = limit_identifier(long_name);
  EXPECT_EQ(cut.size(), 63u);
  EXPECT_EQ(cut.substr(0, 54), long_name.substr(0, 54));
  EXPECT_EQ(cut[54], '_');
  EXPECT_EQ(cut.find_first_not_of("0123456789abcdef", 55), std::string::npos);
  // The hash covers the whole name: names sharing their first 54 bytes stay distinct.
  EXPECT_NE(limit_identifier(long_name + "x"), limit_identifier(long_name + "y"));
  EXPECT_EQ(limit_identifier(long_name), cut);
}

TEST(Naming, FnvHashOfAKnownName) {
  // FNV-1a (32-bit) of 64 times "a" is 0xd96f0f85.
  const std::string name(64, 'a');
  EXPECT_EQ(limit_identifier(name), std::string(54, 'a') + "_" + "d96f0f85");
}

TEST(Naming, SqlReservedWords) {
  for (const char* word :
       {"order", "user", "group", "select", "table", "check", "default", "from"}) {
    EXPECT_TRUE(is_sql_reserved(word)) << word;
  }
  for (const char* word : {"name", "owner", "role", "status", "user_id", "Order"}) {
    EXPECT_FALSE(is_sql_reserved(word)) << word;
  }
}

}  // namespace
}  // namespace lys::ir::naming
