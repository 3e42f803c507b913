#include "compiler/diag/suggest.h"

#include <gtest/gtest.h>

namespace lys {
namespace {

TEST(EditDistance, CountsInsertionsDeletionsSubstitutionsAndTranspositions) {
  EXPECT_EQ(edit_distance("ProductCategry", "ProductCategory"), 1u);
  EXPECT_EQ(edit_distance("prodcut", "product"), 1u);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
  EXPECT_EQ(edit_distance("Name", "name"), 0u);
}

TEST(ClosestMatch, SuggestsOnlyCloseEnoughNames) {
  std::vector<std::string> names{"Product", "ProductCategory", "Review"};
  EXPECT_EQ(closest_match("ProductCategry", names), "ProductCategory");
  EXPECT_EQ(closest_match("Reveiw", names), "Review");
  EXPECT_EQ(closest_match("Customer", names), std::nullopt);
  EXPECT_EQ(did_you_mean("Prodct", names), "; did you mean 'Product'?");
  EXPECT_EQ(did_you_mean("Zzz", names), "");
}

}  // namespace
}  // namespace lys
