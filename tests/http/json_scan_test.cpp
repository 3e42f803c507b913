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

TEST(JsonScan, ControlCharactersOnlyAsWhitespaceBetweenTokens) {
  EXPECT_FALSE(json_holds_control_characters("{\"a\":\t[1,\r\n2]}"));
  EXPECT_FALSE(json_holds_control_characters(R"({"a":"tab \t, escaped \\u0000, \u0001"})"));
  EXPECT_TRUE(json_holds_control_characters("{\"a\":\"tab \t raw\"}"));
  EXPECT_TRUE(json_holds_control_characters(std::string("{\"a\":\"\0\"}", 8)));
  EXPECT_TRUE(json_holds_control_characters("{\x01\"a\":1}"));
  EXPECT_TRUE(json_holds_control_characters(R"({"a":"cut \u0000 here"})"));
  EXPECT_TRUE(json_holds_control_characters(R"({"a\u0000b":1})"));
  // An escaped quote does not end the string: the NUL after it is still inside.
  EXPECT_TRUE(json_holds_control_characters(R"({"a":"\" \u0000"})"));
}

}  // namespace
}  // namespace lys::codec
