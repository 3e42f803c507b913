#include "compiler/ir/json_writer.h"

#include <gtest/gtest.h>

namespace lys {
namespace {

TEST(JsonWriter, LaysOutMembersOnePerLineAndElementsOnOneLine) {
  ir::JsonWriter out;
  out.begin_object();
  out.key("format");
  out.number(1);
  out.key("uses");
  out.begin_array();
  out.string("auth");
  out.string("catalog");
  out.end_array();
  out.key("apps");
  out.begin_array();
  out.begin_object();
  out.key("name");
  out.string("auth");
  out.end_object();
  out.begin_object();
  out.key("hidden");
  out.boolean(true);
  out.key("type");
  out.begin_object();
  out.end_object();
  out.end_object();
  out.end_array();
  out.end_object();
  EXPECT_EQ(out.take(),
            "{\n"
            "  \"format\": 1,\n"
            "  \"uses\": [\"auth\", \"catalog\"],\n"
            "  \"apps\": [{\n"
            "      \"name\": \"auth\"\n"
            "    }, {\n"
            "      \"hidden\": true,\n"
            "      \"type\": {\n"
            "      }\n"
            "    }]\n"
            "}");
}

TEST(JsonWriter, EscapesQuotesBackslashesAndControlCharacters) {
  ir::JsonWriter out;
  // UTF-8 passes through unchanged.
  out.string(std::string("a\"b\\c\nd\te\rf\bg\fh\x01i\x1f\0j", 20) + "é");
  EXPECT_EQ(out.take(), "\"a\\\"b\\\\c\\nd\\te\\rf\\bg\\fh\\u0001i\\u001f\\u0000jé\"");
}

}  // namespace
}  // namespace lys
