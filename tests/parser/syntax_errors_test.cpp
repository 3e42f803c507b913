// Syntax errors: one clear message at the right token, recovery that reports each
// broken declaration once and keeps every declaration that parsed.
#include <gtest/gtest.h>

#include "tests/parser/parsed_source.h"

namespace lys {
namespace {

using testing::ParsedSource;
using testing::pos;
using Messages = std::vector<std::string>;

ParsedSource parse(const std::string& text) {
  ParsedSource parsed;
  testing::parse_into(parsed, "broken.lys", text);
  return parsed;
}

std::string only_message(const std::string& text) {
  ParsedSource parsed = parse(text);
  EXPECT_EQ(parsed.diagnostics.error_count(), 1u) << text;
  return parsed.messages().empty() ? "" : parsed.messages().front();
}

std::vector<std::string> member_names(const ast::App& app) {
  std::vector<std::string> names;
  for (const ast::AppMember& member : app.members) {
    names.push_back(std::visit(
        [](const auto& declaration) -> std::string {
          using Declaration = std::decay_t<decltype(declaration)>;
          if constexpr (std::is_same_v<Declaration, ast::Uses>) {
            return "uses";
          } else if constexpr (std::is_same_v<Declaration, ast::Fixtures>) {
            return "fixtures " + declaration.entity.str();
          } else {
            return declaration.name.text;
          }
        },
        member));
  }
  return names;
}

TEST(SyntaxErrors, MissingColonAfterFieldNameNamesTheField) {
  ParsedSource parsed = parse("app a {\n  entity E {\n    price decimal(10, 2)\n  }\n}\n");
  ASSERT_EQ(parsed.messages(), Messages{"expected ':' after field name 'price'"});
  const Diagnostic& error = parsed.diagnostics.diagnostics()[0];
  EXPECT_EQ(error.span.begin, pos(2, 10));
  EXPECT_EQ(error.span.end, pos(2, 17));
}

TEST(SyntaxErrors, MissingColonAfterFixtureValueName) {
  EXPECT_EQ(only_message("app a { fixtures E { k { name \"x\" } } }"),
            "expected ':' after field name 'name'");
}

TEST(SyntaxErrors, UnexpectedTokenListsWhatWouldFit) {
  EXPECT_EQ(only_message("app { }"), "unexpected '{', expected identifier");
  EXPECT_EQ(only_message("app a { query q() int }"), "unexpected identifier 'int', expected ':'");
  EXPECT_EQ(only_message("app a { entity E { allow read owner } }"),
            "unexpected 'owner', expected 'to' or ','");
  EXPECT_EQ(only_message("app a { entity E { x: decimal(10, -2) } }"),
            "unexpected '-', expected integer");
  EXPECT_EQ(only_message("app a { entity E { x: int @check(a in ()) } }"),
            "unexpected ')', expected expression");
  EXPECT_EQ(only_message("app a { entity E { 1 } }"),
            "unexpected integer '1', expected 'allow', identifier or '}'");
}

TEST(SyntaxErrors, EndOfFileInsideABlockSaysABraceIsMissing) {
  EXPECT_EQ(only_message("app a { fixtures E { k { name: 1 "),
            "unexpected end of file; a '}' is missing");
}

TEST(SyntaxErrors, ComparisonsDoNotChain) {
  EXPECT_EQ(only_message("app a { entity E { x: bool = 1 < 2 < 3 } }"),
            "unexpected '<'; comparisons cannot be chained, join them with 'and'");
}

TEST(SyntaxErrors, ReservedWordIsNotAName) {
  EXPECT_EQ(only_message("app a { entity where { } }"), "unexpected 'where', expected identifier");
}

TEST(SyntaxErrors, InvalidCharactersReportedOncePerRun) {
  ParsedSource parsed = parse("app a { ### entity E { x: int } % }");
  EXPECT_EQ(parsed.messages(), (Messages{"invalid characters '###'", "invalid character '%'"}));
  EXPECT_EQ(parsed.diagnostics.diagnostics()[0].span.begin, pos(0, 8));
  EXPECT_EQ(parsed.diagnostics.diagnostics()[0].span.end, pos(0, 11));
  EXPECT_EQ(parsed.tree.apps.at(0).members.size(), 1u);
}

TEST(SyntaxErrors, ThreeBrokenDeclarationsGiveThreeErrorsAndKeepTheRest) {
  ParsedSource parsed = parse(R"(app shop {
  entity Product {
    price decimal(10, 2)
    name: string
  }
  entity { a: int }
  enum Status { A, B @x( }
  entity Order { total: int }
}
)");
  EXPECT_EQ(parsed.messages(), (Messages{
                                   "expected ':' after field name 'price'",
                                   "unexpected '{', expected identifier",
                                   "unexpected '}', expected expression or ')'",
                               }));
  ASSERT_EQ(parsed.tree.apps.size(), 1u);
  EXPECT_EQ(member_names(parsed.tree.apps[0]), (Messages{"Product", "Status", "Order"}));
  const auto& product = std::get<ast::Entity>(parsed.tree.apps[0].members[0]);
  ASSERT_EQ(product.members.size(), 1u);
  EXPECT_EQ(std::get<ast::Field>(product.members[0]).name.text, "name");
  EXPECT_EQ(std::get<ast::Enum>(parsed.tree.apps[0].members[1]).values.size(), 1u);
}

TEST(SyntaxErrors, EachBrokenLineOfAnEntityIsReported) {
  ParsedSource parsed =
      parse("app a {\n  entity E {\n    a int\n    b int\n    c int\n    d: int\n  }\n}\n");
  EXPECT_EQ(parsed.messages(),
            (Messages{"expected ':' after field name 'a'", "expected ':' after field name 'b'",
                      "expected ':' after field name 'c'"}));
  const auto& entity = std::get<ast::Entity>(parsed.tree.apps.at(0).members.at(0));
  ASSERT_EQ(entity.members.size(), 1u);
  EXPECT_EQ(std::get<ast::Field>(entity.members[0]).name.text, "d");
}

TEST(SyntaxErrors, ConsecutiveBrokenEntityHeadersAreEachReported) {
  ParsedSource parsed = parse("app a {\n  entity { }\n  entity { }\n  entity E { }\n}\n");
  EXPECT_EQ(parsed.diagnostics.error_count(), 2u);
  EXPECT_EQ(member_names(parsed.tree.apps.at(0)), Messages{"E"});
}

TEST(SyntaxErrors, RecoveryAtAppLevelSkipsABrokenHeadersBody) {
  ParsedSource parsed = parse(R"(app a {
  entiti X { b: int }
  fixtures { k { v: 1 } }
  query q(x int) : int where x == 1
  entity Y { y: int }
}
app b { entity Z { z: int } }
)");
  EXPECT_EQ(parsed.diagnostics.error_count(), 3u);
  ASSERT_EQ(parsed.tree.apps.size(), 2u);
  EXPECT_EQ(member_names(parsed.tree.apps[0]), Messages{"Y"});
  EXPECT_EQ(member_names(parsed.tree.apps[1]), Messages{"Z"});
}

TEST(SyntaxErrors, RecoveryAtFileLevel) {
  ParsedSource parsed = parse("entity X { }\napp a { entity Y { } }\n");
  EXPECT_EQ(parsed.messages(), Messages{"unexpected 'entity', expected end of file or 'app'"});
  ASSERT_EQ(parsed.tree.apps.size(), 1u);
  EXPECT_EQ(parsed.tree.apps[0].name.text, "a");
}

TEST(SyntaxErrors, UnclosedAppKeepsItsDeclarations) {
  ParsedSource parsed = parse("app a {\n  entity X { x: int }\n  enum E { A }\n");
  EXPECT_EQ(parsed.messages(), Messages{"unexpected end of file; a '}' is missing"});
  ASSERT_EQ(parsed.tree.apps.size(), 1u);
  EXPECT_EQ(member_names(parsed.tree.apps[0]), (Messages{"X", "E"}));
  EXPECT_EQ(parsed.tree.apps[0].span.end, pos(2, 14));
}

TEST(SyntaxErrors, BrokenFixtureValuesKeepTheOtherRecords) {
  ParsedSource parsed = parse("app a { fixtures E {\n  k { x: , y: 2 }\n  l { x: 3 }\n} }");
  EXPECT_EQ(parsed.messages(), Messages{"unexpected ',', expected expression"});
  const auto& fixtures = std::get<ast::Fixtures>(parsed.tree.apps.at(0).members.at(0));
  ASSERT_EQ(fixtures.records.size(), 2u);
  ASSERT_EQ(fixtures.records[0].values.size(), 1u);
  EXPECT_EQ(fixtures.records[0].values[0].field.text, "y");
  EXPECT_EQ(fixtures.records[1].key.text, "l");
}

TEST(SyntaxErrors, StringErrorsPointIntoTheString) {
  ParsedSource parsed = parse("app a { fixtures E { k { v: \"a\\qb\" } } }");
  ASSERT_EQ(parsed.messages(),
            Messages{"invalid escape sequence '\\q' in string; expected \\\", \\\\, \\n, \\t or "
                     "\\uXXXX"});
  EXPECT_EQ(parsed.diagnostics.diagnostics()[0].span.begin, pos(0, 30));
  EXPECT_EQ(parsed.diagnostics.diagnostics()[0].span.end, pos(0, 32));
}

TEST(SyntaxErrors, UnterminatedStringAndBadUnicodeEscapes) {
  EXPECT_EQ(parse("app a { fixtures E { k { v: \"abc\n } } }").messages().front(),
            "unterminated string; a string ends with '\"' on its line");
  EXPECT_EQ(parse("app a { fixtures E { k { v: \"\\u12G4\" } } }").messages(),
            Messages{"invalid unicode escape; expected '\\u' and 4 hex digits"});
  EXPECT_EQ(parse("app a { fixtures E { k { v: \"\\uD800\" } } }").messages(),
            Messages{"invalid unicode escape '\\uD800'"});
}

TEST(SyntaxErrors, TypeArgumentTooLarge) {
  EXPECT_EQ(only_message("app a { entity E { x: string(99999999999999999999) } }"),
            "type argument '99999999999999999999' is too large");
}

}  // namespace
}  // namespace lys
