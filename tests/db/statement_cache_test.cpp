// The bounds of a connection's prepared statements, on their own (the connections'
// use of them is in connection_test.cpp).
#include "db/statement_cache.h"

#include <gtest/gtest.h>

#include <string>

namespace lys::dbtest {
namespace {

TEST(StatementCacheTest, GivesUpTheLeastRecentlyUsedFirst) {
  db::StatementCache<std::string> cache(2, 1024);
  cache.insert("SELECT 1", "s1");
  cache.insert("SELECT 2", "s2");
  ASSERT_NE(cache.find("SELECT 1"), nullptr);  // now the most recent
  EXPECT_TRUE(cache.needs_room_for("SELECT 3"));
  EXPECT_EQ(cache.take_oldest(), "s2");
  EXPECT_FALSE(cache.needs_room_for("SELECT 3"));
  EXPECT_EQ(cache.find("SELECT 2"), nullptr);
  EXPECT_EQ(*cache.find("SELECT 1"), "s1");
}

TEST(StatementCacheTest, BoundsTheTextItHolds) {
  db::StatementCache<int> cache(100, 10);
  cache.insert("12345", 1);
  EXPECT_FALSE(cache.needs_room_for("12345"));  // 10 bytes: at the budget
  EXPECT_TRUE(cache.needs_room_for("123456"));
  cache.erase("12345");
  EXPECT_EQ(cache.size(), 0u);
  EXPECT_FALSE(cache.needs_room_for("123456789"));
}

TEST(StatementCacheTest, AnEmptyCacheTakesAStatementOverItsBudget) {
  db::StatementCache<int> cache(100, 4);
  EXPECT_FALSE(cache.needs_room_for("SELECT 1"));
  cache.insert("SELECT 1", 1);
  EXPECT_TRUE(cache.needs_room_for("SELECT 2"));
}

}  // namespace
}  // namespace lys::dbtest
