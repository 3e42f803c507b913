#include "graphql/parser.h"

#include <gtest/gtest.h>

#include <string>

#include "graphql/schema.h"

namespace lys::graphql {
namespace {

ast::Document parse_ok(const std::string& source) {
  ParseResult result = parse_document(source);
  if (auto* error = std::get_if<SyntaxError>(&result)) {
    ADD_FAILURE() << error->message << " at " << error->location.line << ":"
                  << error->location.column;
    return {};
  }
  return std::get<ast::Document>(std::move(result));
}

SyntaxError parse_error(const std::string& source, ParseLimits limits = {}) {
  ParseResult result = parse_document(source, limits);
  EXPECT_TRUE(std::holds_alternative<SyntaxError>(result)) << source;
  return std::holds_alternative<SyntaxError>(result) ? std::get<SyntaxError>(result)
                                                     : SyntaxError{};
}

TEST(Parser, OperationWithVariablesDefaultsDirectivesAndAliases) {
  ast::Document document = parse_ok(R"(
    query Products($first: Int = 10, $filter: [String!]! @dir, $on: Boolean) @op {
      list: products(first: $first, tags: $filter) @include(if: $on) { id }
    })");
  ASSERT_EQ(document.operations.size(), 1u);
  const ast::Operation& operation = document.operations[0];
  EXPECT_EQ(operation.type, ast::OperationType::Query);
  EXPECT_EQ(operation.name, "Products");
  ASSERT_EQ(operation.variables.size(), 3u);
  EXPECT_EQ(operation.variables[0].default_value->text, "10");
  EXPECT_EQ(type_to_string(operation.variables[1].type), "[String!]!");
  EXPECT_EQ(operation.variables[1].directives[0].name, "dir");
  EXPECT_EQ(operation.directives[0].name, "op");
  const ast::Selection& field = operation.selections[0];
  EXPECT_EQ(field.alias, "list");
  EXPECT_EQ(field.name, "products");
  EXPECT_EQ(field.response_key(), "list");
  EXPECT_EQ(field.arguments[1].value.kind, ast::ValueNode::Kind::Variable);
  EXPECT_EQ(field.directives[0].arguments[0].value.text, "on");
  EXPECT_EQ(field.location.line, 3);
  EXPECT_EQ(field.location.column, 7);
}

TEST(Parser, FragmentsAndInlineFragments) {
  ast::Document document = parse_ok(R"(
    { node(id: "1") { ...Parts ... on Product @skip(if: false) { price } ... { id } } }
    fragment Parts on Node { id })");
  const auto& selections = document.operations[0].selections[0].selections;
  ASSERT_EQ(selections.size(), 3u);
  EXPECT_EQ(selections[0].kind, ast::Selection::Kind::FragmentSpread);
  EXPECT_EQ(selections[0].name, "Parts");
  EXPECT_EQ(selections[1].kind, ast::Selection::Kind::InlineFragment);
  EXPECT_EQ(selections[1].type_condition, "Product");
  EXPECT_EQ(selections[1].directives[0].name, "skip");
  EXPECT_EQ(selections[2].type_condition, "");
  ASSERT_EQ(document.fragments.size(), 1u);
  EXPECT_EQ(document.fragments[0].type_condition, "Node");
}

TEST(Parser, ValueLiterals) {
  ast::Document document = parse_ok(
      R"({ f(a: -12, b: 1.5e3, c: "t\u00e9\n\"", d: true, e: null, g: RED, h: [1, [2]],
            i: {x: 1, y: {z: "s"}}, j: """
              block
                indented \""" end
            """, k: "\uD83D\uDE00") })");
  const auto& arguments = document.operations[0].selections[0].arguments;
  using Kind = ast::ValueNode::Kind;
  EXPECT_EQ(arguments[0].value.kind, Kind::Int);
  EXPECT_EQ(arguments[0].value.text, "-12");
  EXPECT_EQ(arguments[1].value.kind, Kind::Float);
  EXPECT_EQ(arguments[2].value.text, "t\xC3\xA9\n\"");
  EXPECT_TRUE(arguments[3].value.boolean);
  EXPECT_EQ(arguments[4].value.kind, Kind::Null);
  EXPECT_EQ(arguments[5].value.kind, Kind::Enum);
  EXPECT_EQ(arguments[6].value.list[1].list[0].text, "2");
  EXPECT_EQ(arguments[7].value.fields[1].value.fields[0].value.text, "s");
  EXPECT_EQ(arguments[8].value.text, "block\n  indented \"\"\" end");
  EXPECT_TRUE(arguments[8].value.block);
  EXPECT_EQ(arguments[9].value.text, "\xF0\x9F\x98\x80");
}

TEST(Parser, MutationSubscriptionAndShorthand) {
  ast::Document document = parse_ok("mutation M { a } subscription { b } { c }");
  ASSERT_EQ(document.operations.size(), 3u);
  EXPECT_EQ(document.operations[0].type, ast::OperationType::Mutation);
  EXPECT_EQ(document.operations[1].type, ast::OperationType::Subscription);
  EXPECT_EQ(document.operations[2].name, "");
}

TEST(Parser, TypeSystemDefinitions) {
  ast::Document document = parse_ok(R"(
    "The schema" schema { query: Q mutation: M }
    """Described""" type Q implements A & B @key { "field doc" f(a: Int = 1 @deprecated): [X!]! }
    interface A implements B { f: Int }
    union U = | X | Y
    enum E { "doc" ONE TWO @deprecated(reason: "no") }
    input I { a: Int = 3, b: [String] = ["x"] }
    scalar S @specifiedBy(url: "https://example.com")
    "dir doc" directive @key(fields: String) repeatable on OBJECT | INTERFACE
  )");
  ASSERT_EQ(document.schemas.size(), 1u);
  EXPECT_EQ(document.schemas[0].description, "The schema");
  EXPECT_EQ(document.schemas[0].root_types[1].second, "M");
  ASSERT_EQ(document.types.size(), 6u);
  const ast::TypeDefinition& q = document.types[0];
  EXPECT_EQ(q.description, "Described");
  EXPECT_EQ(q.interfaces, (std::vector<std::string>{"A", "B"}));
  EXPECT_EQ(q.fields[0].description, "field doc");
  EXPECT_EQ(q.fields[0].arguments[0].default_value->text, "1");
  EXPECT_EQ(q.fields[0].arguments[0].directives[0].name, "deprecated");
  EXPECT_EQ(document.types[2].members, (std::vector<std::string>{"X", "Y"}));
  EXPECT_EQ(document.types[3].values[1].directives[0].arguments[0].value.text, "no");
  EXPECT_EQ(document.types[4].input_fields[1].default_value->list[0].text, "x");
  EXPECT_EQ(document.types[5].kind, ast::TypeDefinition::Kind::Scalar);
  ASSERT_EQ(document.directives.size(), 1u);
  EXPECT_TRUE(document.directives[0].repeatable);
  EXPECT_EQ(document.directives[0].locations, (std::vector<std::string>{"OBJECT", "INTERFACE"}));
  EXPECT_EQ(document.type_system.size(), 8u);
}

TEST(Parser, ErrorsCarryLocations) {
  SyntaxError error = parse_error("{ a\n  b(x: ) }");
  EXPECT_EQ(error.message, "Unexpected \")\".");
  EXPECT_EQ(error.location.line, 2);
  EXPECT_EQ(error.location.column, 8);
  EXPECT_EQ(parse_error("").message, "Unexpected <EOF>.");
  EXPECT_EQ(parse_error("{ a }}").message, "Unexpected \"}\".");
  EXPECT_EQ(parse_error("{ a(x: \"open) }").message, "Unterminated string.");
  EXPECT_EQ(parse_error("{ a(x: 01) }").message, "Invalid number, unexpected digit after 0.");
  EXPECT_EQ(parse_error("{ a(x: \"\\q\") }").message,
            "Invalid character escape sequence: \"\\q\".");
  EXPECT_EQ(parse_error("query($v: Int = $w) { a }").message, "Unexpected \"$\".");
  EXPECT_EQ(parse_error("fragment on on T { a }").message, "Unexpected Name \"on\".");
  EXPECT_EQ(parse_error("{ a(x: 1.) }").message, "Invalid number, expected digit after \".\".");
  EXPECT_EQ(parse_error("{ a(x: \"\\uD800\") }").message, "Invalid Unicode escape sequence.");
  EXPECT_EQ(parse_error("{ a(x: \"\\u0000\") }").message,
            "Invalid Unicode escape sequence: strings may not hold U+0000.");
  EXPECT_EQ(parse_error("{ a(x: \"\\u{0}\") }").message,
            "Invalid Unicode escape sequence: strings may not hold U+0000.");
  EXPECT_EQ(parse_error("{ a ? }").message, "Unexpected character: \"?\".");
}

TEST(Parser, NestingDeeperThanTheLimitIsAnError) {
  std::string bomb = "{ a(x: " + std::string(100000, '[') + std::string(100000, ']') + ") }";
  EXPECT_NE(parse_error(bomb).message.find("maximum depth of 256"), std::string::npos);
  std::string fields;
  for (int i = 0; i < 100000; ++i) fields += "{ a ";
  EXPECT_NE(parse_error(fields).message.find("maximum depth"), std::string::npos);
  std::string objects = "{ a(x: " + std::string(300, ' ');
  for (int i = 0; i < 300; ++i) objects += "{y: ";
  EXPECT_NE(parse_error(objects).message.find("maximum depth"), std::string::npos);
  EXPECT_NE(
      parse_error("query($v: " + std::string(300, '[') + "Int" + std::string(300, ']') + ") { a }")
          .message.find("maximum depth"),
      std::string::npos);
  std::string deep_ok = "{ a(x: " + std::string(200, '[') + std::string(200, ']') + ") }";
  EXPECT_TRUE(std::holds_alternative<ast::Document>(parse_document(deep_ok)));
}

TEST(Parser, TokenLimit) {
  ParseLimits limits;
  limits.max_tokens = 10;
  EXPECT_NE(parse_error("{ a b c d e f g h i j k }", limits).message.find("more than 10 tokens"),
            std::string::npos);
  EXPECT_TRUE(std::holds_alternative<ast::Document>(parse_document("{ a b c }", limits)));
}

TEST(Parser, CountsTheTokensItRead) {
  // Comments and commas are ignored, as the token limit ignores them.
  EXPECT_EQ(parse_ok("{ a b c }").token_count, parse_ok("# a comment\n{ a,,, b c }").token_count);
  EXPECT_EQ(parse_ok("{ a(x: 1) }").token_count, parse_ok("{ a }").token_count + 5);
  // Counted without a limit too: the document cache weighs documents by it.
  ParseLimits unlimited;
  unlimited.max_tokens = 0;
  std::string fields = "{";
  for (int i = 0; i < 1000; ++i) fields += " f";
  auto parsed = parse_document(fields + " }", unlimited);
  ASSERT_TRUE(std::holds_alternative<ast::Document>(parsed));
  EXPECT_GE(std::get<ast::Document>(parsed).token_count, 1002u);
}

TEST(Parser, IgnoresCommasCommentsAndByteOrderMark) {
  ast::Document document = parse_ok("\xEF\xBB\xBF# comment\r\n{ a,,, b # trailing\n c }");
  EXPECT_EQ(document.operations[0].selections.size(), 3u);
  EXPECT_EQ(document.operations[0].selections[2].location.line, 3);
}

TEST(Parser, ParsesALoneValue) {
  auto value = parse_value("{a: [1, 2], b: \"x\"}");
  ASSERT_TRUE(std::holds_alternative<ast::ValueNode>(value));
  EXPECT_EQ(std::get<ast::ValueNode>(value).fields.size(), 2u);
  EXPECT_TRUE(std::holds_alternative<SyntaxError>(parse_value("1 2")));
}

}  // namespace
}  // namespace lys::graphql
