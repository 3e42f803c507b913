#include "compiler/emit/graphql/sdl_document.h"

#include <gtest/gtest.h>

namespace lys::emit::graphql {
namespace {

TEST(SdlStringLiteral, EscapesQuotesBackslashesAndControlCharacters) {
  EXPECT_EQ(string_literal("plain"), "\"plain\"");
  EXPECT_EQ(string_literal("say \"hi\" \\ bye"), "\"say \\\"hi\\\" \\\\ bye\"");
  EXPECT_EQ(string_literal(std::string("a\tb\x01")), "\"a\\tb\\u0001\"");
}

TEST(SdlDescription, UsesABlockStringForSeveralLines) {
  EXPECT_EQ(description_literal("One line.", "  "), "\"One line.\"");
  EXPECT_EQ(description_literal("First.\n\nThird \"\"\" quoted.", "  "),
            "\"\"\"\n  First.\n\n  Third \\\"\"\" quoted.\n  \"\"\"");
}

TEST(SdlPrinter, PrintsDefinitionsWithDescriptionsDefaultsAndInterfaces) {
  SdlDefinition type{SdlDefinition::Kind::Object, "A thing.", "Thing", {"Node", "Named"}};
  type.fields.push_back({"", "id", {}, "ID!", {}});
  type.fields.push_back({"Two\nlines.", "name", {{"upper", "Boolean", "false"}}, "String!", {}});
  SdlDefinition scalar{SdlDefinition::Kind::Scalar, "", "Date"};
  scalar.directives = "@specifiedBy(url: \"https://example.com\")";
  SdlDefinition direction{SdlDefinition::Kind::Enum, "", "Direction"};
  direction.values = {{"", "ASC"}, {"Largest first.", "DESC"}};

  EXPECT_EQ(print_sdl({{"Heading\nsecond line", {type, scalar}}, {"", {direction}}}),
            "# Heading\n"
            "# second line\n"
            "\n"
            "\"A thing.\"\n"
            "type Thing implements Node & Named {\n"
            "  id: ID!\n"
            "  \"\"\"\n"
            "  Two\n"
            "  lines.\n"
            "  \"\"\"\n"
            "  name(upper: Boolean = false): String!\n"
            "}\n"
            "\n"
            "scalar Date @specifiedBy(url: \"https://example.com\")\n"
            "\n"
            "enum Direction {\n"
            "  ASC\n"
            "  \"Largest first.\"\n"
            "  DESC\n"
            "}\n");
}

TEST(SdlPrinter, PutsOneArgumentPerLineWhenTheyDoNotFit) {
  SdlDefinition query{SdlDefinition::Kind::Object, "", "Query"};
  std::vector<SdlArgument> arguments;
  for (const char* name : {"first", "after", "last", "before", "filter", "orderBy"}) {
    arguments.push_back({name, "SomeRatherLongInputTypeName", {}});
  }
  query.fields.push_back({"", "things", arguments, "ThingConnection!", {}});
  std::string printed = print_sdl({{"", {query}}});
  EXPECT_EQ(printed,
            "type Query {\n"
            "  things(\n"
            "    first: SomeRatherLongInputTypeName\n"
            "    after: SomeRatherLongInputTypeName\n"
            "    last: SomeRatherLongInputTypeName\n"
            "    before: SomeRatherLongInputTypeName\n"
            "    filter: SomeRatherLongInputTypeName\n"
            "    orderBy: SomeRatherLongInputTypeName\n"
            "  ): ThingConnection!\n"
            "}\n");
  for (std::size_t start = 0, end; start < printed.size(); start = end + 1) {
    end = printed.find('\n', start);
    EXPECT_LE(end - start, kMaxLineWidth);
  }
}

}  // namespace
}  // namespace lys::emit::graphql
