// Inputs built to break a parser: deep nesting, floods of operators, huge lines, NUL
// bytes and random binary. Each must end in diagnostics, never a crash or a deep tree.
#include <gtest/gtest.h>

#include <random>

#include "tests/parser/parsed_source.h"

namespace lys {
namespace {

using testing::ParsedSource;

std::string in_default(const std::string& expression) {
  return "app a {\n entity E {\n  x: int = " + expression + "\n  y: int\n }\n}\n";
}

std::string repeat(const std::string& text, std::size_t count) {
  std::string out;
  out.reserve(text.size() * count);
  for (std::size_t i = 0; i < count; ++i) out += text;
  return out;
}

std::size_t count_message(const ParsedSource& parsed, const std::string& message) {
  std::vector<std::string> messages = parsed.messages();
  return static_cast<std::size_t>(std::count(messages.begin(), messages.end(), message));
}

// Depth of an expression tree, walked with an explicit stack.
std::size_t tree_depth(const ast::Expr& root) {
  std::size_t deepest = 0;
  std::vector<std::pair<const ast::Expr*, std::size_t>> pending{{&root, 1}};
  while (!pending.empty()) {
    auto [expr, depth] = pending.back();
    pending.pop_back();
    deepest = std::max(deepest, depth);
    auto push = [&, depth = depth](const ast::ExprPtr& child) {
      if (child) pending.push_back({child.get(), depth + 1});
    };
    std::visit(
        [&](const auto& node) {
          using Node = std::decay_t<decltype(node)>;
          if constexpr (std::is_same_v<Node, ast::UnaryExpr> ||
                        std::is_same_v<Node, ast::IsNullExpr>) {
            push(node.operand);
          } else if constexpr (std::is_same_v<Node, ast::BinaryExpr>) {
            push(node.left);
            push(node.right);
          } else if constexpr (std::is_same_v<Node, ast::InExpr>) {
            push(node.operand);
            for (const ast::ExprPtr& value : node.values) push(value);
          }
        },
        expr->node);
  }
  return deepest;
}

TEST(Robustness, HundredThousandNestedParenthesesAreTooDeep) {
  ParsedSource parsed;
  testing::parse_into(parsed, "parens.lys",
                      in_default(repeat("(", 100000) + "1" + repeat(")", 100000)));
  EXPECT_EQ(count_message(parsed, "expression is nested too deeply"), 1u);
  EXPECT_EQ(parsed.diagnostics.error_count(), 1u);
  ASSERT_EQ(parsed.tree.apps.size(), 1u);
}

TEST(Robustness, HundredThousandNotsAreTooDeep) {
  ParsedSource parsed;
  testing::parse_into(parsed, "nots.lys", in_default(repeat("not ", 100000) + "true"));
  EXPECT_EQ(count_message(parsed, "expression is nested too deeply"), 1u);
}

TEST(Robustness, HundredThousandMinusesAreTooDeep) {
  ParsedSource parsed;
  testing::parse_into(parsed, "minus.lys", in_default(repeat("-", 100000) + "1"));
  EXPECT_EQ(count_message(parsed, "expression is nested too deeply"), 1u);
}

TEST(Robustness, NestingJustUnderTheLimitParses) {
  ParsedSource parsed;
  testing::parse_into(parsed, "ok.lys", in_default(repeat("(", 150) + "1" + repeat(")", 150)));
  EXPECT_EQ(parsed.messages(), std::vector<std::string>{});
}

TEST(Robustness, LongOperatorChainIsCutBeforeItBuildsADeepTree) {
  ParsedSource parsed;
  std::string chain = "1" + repeat(" + 1", 20000);
  testing::parse_into(parsed, "chain.lys", in_default(chain));
  EXPECT_EQ(count_message(parsed, "expression is nested too deeply"), 1u);
  const auto& field = std::get<ast::Field>(
      std::get<ast::Entity>(parsed.tree.apps.at(0).members.at(0)).members.at(0));
  ASSERT_NE(field.default_value, nullptr);
  EXPECT_LE(tree_depth(*field.default_value), 201u);
}

TEST(Robustness, TenMegabyteLineOfIdentifiers) {
  ParsedSource parsed;
  testing::parse_into(parsed, "line.lys", "app a { " + std::string(10'000'000, 'x') + " }");
  EXPECT_GE(parsed.diagnostics.error_count(), 1u);
  EXPECT_LE(parsed.diagnostics.error_count(), 3u);
  // Quoted token text is cut short.
  EXPECT_LT(parsed.messages().at(0).size(), 200u);
}

TEST(Robustness, FloodOfStrayTokensIsOneError) {
  ParsedSource parsed;
  testing::parse_into(parsed, "tokens.lys", repeat("} ", 100'000));
  EXPECT_EQ(parsed.messages(),
            std::vector<std::string>{"unexpected '}', expected end of file or 'app'"});
}

TEST(Robustness, ManyBrokenMembersStopAfterTooManyErrors) {
  ParsedSource parsed;
  testing::parse_into(parsed, "members.lys",
                      "app a { entity E {\n" + repeat("x int\ny: int\n", 1000) + "} }");
  EXPECT_EQ(parsed.diagnostics.error_count(), 101u);
  EXPECT_EQ(parsed.messages().back(), "too many errors in this file; stopping here");
}

TEST(Robustness, TenMegabyteStringLiteral) {
  ParsedSource parsed;
  testing::parse_into(parsed, "string.lys",
                      "app a { fixtures E { k { v: \"" + std::string(10'000'000, 's') + "\" } } }");
  EXPECT_EQ(parsed.messages(), std::vector<std::string>{});
  const auto& fixtures = std::get<ast::Fixtures>(parsed.tree.apps.at(0).members.at(0));
  EXPECT_EQ(
      std::get<ast::StringLiteral>(fixtures.records.at(0).values.at(0).value->node).value.size(),
      10'000'000u);
}

TEST(Robustness, NulBytesAreInvalidCharacters) {
  ParsedSource parsed;
  testing::parse_into(parsed, "nul.lys", std::string("app a {\0\0\0 entity E { x: int } }", 32));
  EXPECT_EQ(parsed.messages(), std::vector<std::string>{"3 invalid characters starting with 0x00"});
  ASSERT_EQ(parsed.tree.apps.size(), 1u);
  EXPECT_EQ(parsed.tree.apps[0].members.size(), 1u);
}

TEST(Robustness, RandomBinaryGivesBoundedDiagnostics) {
  std::mt19937 random(7);
  for (int round = 0; round < 5; ++round) {
    std::string bytes(100'000, '\0');
    for (char& byte : bytes) byte = static_cast<char>(random() & 0xff);
    ParsedSource parsed;
    testing::parse_into(parsed, "random.bin", bytes);
    EXPECT_GE(parsed.diagnostics.error_count(), 1u);
    EXPECT_LE(parsed.diagnostics.error_count(), 101u);
  }
}

TEST(Robustness, DeeplyNestedBracesInARecoveredBlock) {
  ParsedSource parsed;
  testing::parse_into(parsed, "braces.lys",
                      "app a { entity { " + repeat("{", 20000) + repeat("}", 20000) + " } }");
  EXPECT_GE(parsed.diagnostics.error_count(), 1u);
}

}  // namespace
}  // namespace lys
