// ir::Schema's lookups by qualified name, with and without the index build_index makes.
#include <gtest/gtest.h>

#include "sql_test_schema.h"

namespace lys::ir {
namespace {

Entity entity(const std::string& app, const std::string& name) {
  Entity result;
  result.app = app;
  result.name = name;
  result.qualified = app + "." + name;
  return result;
}

TEST(SchemaLookup, FindsEntitiesAndEnumsWithAndWithoutTheIndex) {
  Schema schema = lys::testing::shop_schema();
  for (bool indexed : {false, true}) {
    if (indexed) schema.build_index();
    EXPECT_EQ(schema.find_entity("catalog.Product"), &schema.entities[1]) << indexed;
    EXPECT_EQ(schema.find_entity("catalog.ProductCategory"), &schema.entities[0]) << indexed;
    EXPECT_EQ(schema.find_enum("catalog.ProductStatus"), &schema.enums[0]) << indexed;
    EXPECT_EQ(schema.find_entity("catalog.Missing"), nullptr) << indexed;
    EXPECT_EQ(schema.find_entity("catalog.ProductStatus"), nullptr) << indexed;
  }
}

TEST(SchemaLookup, AnOutOfDateIndexStillFindsTheRightEntity) {
  Schema schema = lys::testing::shop_schema();
  schema.build_index();
  // Moves every entity one place on and adds one the index has never seen.
  schema.entities.insert(schema.entities.begin(), entity("catalog", "Review"));
  schema.entities.push_back(entity("catalog", "Supplier"));
  EXPECT_EQ(schema.find_entity("catalog.Review"), &schema.entities[0]);
  EXPECT_EQ(schema.find_entity("catalog.ProductCategory"), &schema.entities[1]);
  EXPECT_EQ(schema.find_entity("catalog.Product"), &schema.entities[2]);
  EXPECT_EQ(schema.find_entity("catalog.Supplier"), &schema.entities[3]);
}

TEST(SchemaLookup, ACopyKeepsAWorkingIndex) {
  Schema original = lys::testing::shop_schema();
  original.build_index();
  Schema copy = original;
  EXPECT_EQ(copy.find_entity("catalog.Product"), &copy.entities[1]);
}

}  // namespace
}  // namespace lys::ir
