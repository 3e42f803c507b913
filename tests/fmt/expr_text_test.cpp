// Expressions built without `parenthesized` marks (as a program would build them)
// get the fewest parentheses that keep their shape.
#include <gtest/gtest.h>

#include "compiler/fmt/syntax_text.h"

namespace lys::printer {
namespace {

ast::ExprPtr name(const std::string& text) {
  auto expr = std::make_unique<ast::Expr>();
  ast::QualifiedName path;
  path.parts.push_back(ast::Name{text, {}});
  expr->node = ast::PathExpr{std::move(path)};
  return expr;
}

ast::ExprPtr binary(ast::BinaryOp op, ast::ExprPtr left, ast::ExprPtr right) {
  auto expr = std::make_unique<ast::Expr>();
  expr->node = ast::BinaryExpr{op, std::move(left), std::move(right)};
  return expr;
}

ast::ExprPtr unary(ast::UnaryOp op, ast::ExprPtr operand) {
  auto expr = std::make_unique<ast::Expr>();
  expr->node = ast::UnaryExpr{op, std::move(operand)};
  return expr;
}

using enum ast::BinaryOp;

TEST(ExprText, ParenthesizesLooserOperandsOnly) {
  EXPECT_EQ(expr_text(*binary(And, binary(Or, name("a"), name("b")), name("c"))), "(a or b) and c");
  EXPECT_EQ(expr_text(*binary(Or, binary(And, name("a"), name("b")), name("c"))), "a and b or c");
  EXPECT_EQ(expr_text(*binary(Mul, binary(Add, name("a"), name("b")), name("c"))), "(a + b) * c");
  EXPECT_EQ(expr_text(*binary(Add, name("a"), binary(Mul, name("b"), name("c")))), "a + b * c");
}

TEST(ExprText, KeepsTheShapeOfLeftAssociativeAndNonAssociativeOperators) {
  EXPECT_EQ(expr_text(*binary(Sub, binary(Sub, name("a"), name("b")), name("c"))), "a - b - c");
  EXPECT_EQ(expr_text(*binary(Sub, name("a"), binary(Sub, name("b"), name("c")))), "a - (b - c)");
  EXPECT_EQ(expr_text(*binary(Or, name("a"), binary(Or, name("b"), name("c")))), "a or (b or c)");
  EXPECT_EQ(expr_text(*binary(Eq, binary(Lt, name("a"), name("b")), name("c"))), "(a < b) == c");
}

TEST(ExprText, ParenthesizesTheOperandsOfPrefixOperatorsWhenLooser) {
  EXPECT_EQ(expr_text(*unary(ast::UnaryOp::Not, binary(And, name("a"), name("b")))),
            "not (a and b)");
  EXPECT_EQ(expr_text(*unary(ast::UnaryOp::Not, binary(Eq, name("a"), name("b")))), "not a == b");
  EXPECT_EQ(expr_text(*unary(ast::UnaryOp::Negate, binary(Add, name("a"), name("b")))), "-(a + b)");
  EXPECT_EQ(expr_text(*binary(Eq, unary(ast::UnaryOp::Not, name("a")), name("b"))), "(not a) == b");
}

TEST(ExprText, KeepsWrittenParenthesesWithoutDoublingThem) {
  ast::ExprPtr inner = binary(Add, name("a"), name("b"));
  inner->parenthesized = true;
  EXPECT_EQ(expr_text(*binary(Mul, std::move(inner), name("c"))), "(a + b) * c");
}

TEST(ExprText, EscapesStringLiterals) {
  EXPECT_EQ(string_literal("a\"b\\c\nd\te\x01"), "\"a\\\"b\\\\c\\nd\\te\\u0001\"");
}

}  // namespace
}  // namespace lys::printer
