// The text a list filter binds as one parameter: it must read back as exactly the
// values given, whatever characters they hold.
#include "query/list_text.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <vector>

namespace lys::query {
namespace {

const std::vector<db::Param> kMixed = {
    nullptr, true, false, std::int64_t{-9'007'199'254'740'993}, 0.1, std::string("plain")};

TEST(ListText, JsonArrayKeepsEachValueAndItsType) {
  EXPECT_EQ(json_array_text({}), "[]");
  // Integers beyond a double's 53 bits are written digit for digit.
  EXPECT_EQ(json_array_text(kMixed), R"([null,true,false,-9007199254740993,0.1,"plain"])");
}

TEST(ListText, JsonStringsEscapeQuotesBackslashesAndControlCharacters) {
  const std::vector<db::Param> texts = {std::string("a\"b\\c"), std::string("tab\there\n\x01"),
                                        std::string("é, [x]")};
  EXPECT_EQ(json_array_text(texts), R"(["a\"b\\c","tab\u0009here\u000a\u0001","é, [x]"])");
}

TEST(ListText, PostgresArrayQuotesEveryElement) {
  EXPECT_EQ(postgres_array_text({}), "{}");
  EXPECT_EQ(postgres_array_text(kMixed),
            R"({NULL,"true","false","-9007199254740993","0.1","plain"})");
  // Unquoted, these would be a NULL, a nested array, two elements and a bad literal.
  const std::vector<db::Param> texts = {std::string("NULL"), std::string("{a}"), std::string("a,b"),
                                        std::string("x\"y\\z"), std::string(" padded ")};
  EXPECT_EQ(postgres_array_text(texts), R"({"NULL","{a}","a,b","x\"y\\z"," padded "})");
}

TEST(ListText, BytesAreRefused) {
  const std::vector<db::Param> bytes = {db::Bytes{"\x01\x02"}};
  EXPECT_THROW(json_array_text(bytes), std::logic_error);
  EXPECT_THROW(postgres_array_text(bytes), std::logic_error);
}

}  // namespace
}  // namespace lys::query
