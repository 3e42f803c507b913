// The ids the runtime makes: random UUID v4 for new rows, UUID v5 for fixture rows.
#include <gtest/gtest.h>

#include <regex>

#include "lys/db/ids.h"

namespace lys::dbtest {
namespace {

TEST(IdsTest, RandomUuidsAreVersion4AndDiffer) {
  const std::regex v4("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  const std::string first = db::random_uuid();
  EXPECT_TRUE(std::regex_match(first, v4)) << first;
  EXPECT_NE(first, db::random_uuid());
}

TEST(IdsTest, FixtureUuidsMatchPythonsUuid5) {
  // python3 -c 'import uuid; print(uuid.uuid5(uuid.NAMESPACE_URL, "catalog.Product/laptop"))'
  EXPECT_EQ(db::uuid_v5_url("catalog.Product/laptop"), "64133668-8c4d-5ef7-ab12-b314a05dcd52");
  EXPECT_EQ(db::uuid_v5_url("http://python.org/"), "4c565f0d-3f5a-5890-b41b-20cf47701c5e");
}

}  // namespace
}  // namespace lys::dbtest
