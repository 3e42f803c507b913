// The JSON scans that run on every request and response without a parse tree: where a
// string ends, whitespace taken out, the nesting guard in front of cJSON.
#include "codec/json_scan.h"

#include <gtest/gtest.h>

#include <string>

namespace lys::codec {
namespace {

std::string_view rest_after_string(std::string_view json) {
  // `json` starts just after an opening quote.
  const char* past = past_json_string(json.data(), json.data() + json.size());
  return {past, static_cast<std::size_t>(json.data() + json.size() - past)};
}

TEST(JsonScan, AStringEndsAtTheFirstQuoteNotEscaped) {
  EXPECT_EQ(rest_after_string(R"(plain", 1)"), ", 1");
  EXPECT_EQ(rest_after_string(R"(say \"hi\"" x)"), " x");
  // An escaped backslash does not escape the quote after it.
  EXPECT_EQ(rest_after_string(R"(ends with \\" x)"), " x");
  EXPECT_EQ(rest_after_string(R"(\\\" still in" x)"), " x");
  EXPECT_EQ(rest_after_string(R"(never closed \")"), "");
}

TEST(JsonScan, CompactionDropsWhitespaceBetweenTokensOnly) {
  std::string out = "prefix:";
  append_compact_json("{\"a b\" : [1, 2],\n\t\"c\\\" d\" : \"x  y\"}", out);
  EXPECT_EQ(out, "prefix:{\"a b\":[1,2],\"c\\\" d\":\"x  y\"}");
}

TEST(JsonScan, NestingCountsArraysAndObjectsButNotBracketsInStrings) {
  EXPECT_FALSE(json_nests_deeper_than(R"({"a":[{"b":[]}]})", 4));
  EXPECT_TRUE(json_nests_deeper_than(R"({"a":[{"b":[]}]})", 3));
  EXPECT_FALSE(json_nests_deeper_than(R"({"q":"[[[[{{{{\"[[[["})", 1));
  EXPECT_TRUE(json_nests_deeper_than(std::string(200, '[') + std::string(200, ']'), 128));
  EXPECT_FALSE(json_nests_deeper_than(std::string(128, '[') + std::string(128, ']'), 128));
}

}  // namespace
}  // namespace lys::codec
