#include "unified_diff.h"

#include <gtest/gtest.h>

namespace lys::golden {
namespace {

TEST(UnifiedDiff, EqualTextsHaveNoDiff) {
  EXPECT_EQ(unified_diff("a.txt", "x\ny\n", "x\ny\n"), "");
}

TEST(UnifiedDiff, ShowsChangedLinesWithThreeLinesOfContext) {
  std::string want = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
  std::string got = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
  EXPECT_EQ(unified_diff("n.txt", want, got),
            "--- want/n.txt\n+++ got/n.txt\n"
            "@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
}

TEST(UnifiedDiff, SplitsDistantChangesIntoHunks) {
  std::string want, got;
  for (int i = 1; i <= 20; ++i) {
    want += std::to_string(i) + "\n";
    got += (i == 2 || i == 18 ? "x" : std::to_string(i)) + "\n";
  }
  EXPECT_EQ(unified_diff("f", want, got),
            "--- want/f\n+++ got/f\n"
            "@@ -1,5 +1,5 @@\n 1\n-2\n+x\n 3\n 4\n 5\n"
            "@@ -15,6 +15,6 @@\n 15\n 16\n 17\n-18\n+x\n 19\n 20\n");
}

TEST(UnifiedDiff, ShowsInsertionsIntoAndDeletionsFromEmptyTexts) {
  EXPECT_EQ(unified_diff("f", "", "a\n"), "--- want/f\n+++ got/f\n@@ -0,0 +1,1 @@\n+a\n");
  EXPECT_EQ(unified_diff("f", "a\n", ""), "--- want/f\n+++ got/f\n@@ -1,1 +0,0 @@\n-a\n");
}

}  // namespace
}  // namespace lys::golden
