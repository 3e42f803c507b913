#include "compiler/parse/expr_builder.h"

#include <algorithm>

#include "compiler/parse/parse_driver.h"

namespace lys::parse {

namespace {
constexpr const char* kTooDeep = "expression is nested too deeply";
}

ExprNode ExprBuilder::make(decltype(ast::Expr::node) node, std::uint32_t child_depth,
                           const SourceSpan& span) {
  std::uint32_t depth = child_depth + 1;
  if (depth > kMaxDepth) {
    if (child_depth <= kMaxDepth) driver_.error(span, kTooDeep);
    node = ast::NullLiteral{};  // frees the children, which are within the limit
    depth = kMaxDepth + 1;
  }
  auto expr = std::make_unique<ast::Expr>();
  expr->node = std::move(node);
  expr->span = span;
  return {std::move(expr), depth};
}

ExprNode ExprBuilder::leaf(decltype(ast::Expr::node) node, const SourceSpan& span) {
  return make(std::move(node), 0, span);
}

ExprNode ExprBuilder::binary(ast::BinaryOp op, ExprNode left, ExprNode right,
                             const SourceSpan& span) {
  std::uint32_t depth = std::max(left.depth, right.depth);
  return make(ast::BinaryExpr{op, std::move(left.expr), std::move(right.expr)}, depth, span);
}

ExprNode ExprBuilder::unary(ast::UnaryOp op, ExprNode operand, const SourceSpan& span) {
  std::uint32_t depth = operand.depth;
  return make(ast::UnaryExpr{op, std::move(operand.expr)}, depth, span);
}

ExprNode ExprBuilder::negate(ExprNode operand, const SourceSpan& span) {
  ast::Expr& inner = *operand.expr;
  if (!inner.parenthesized) {
    auto fold = [&](std::string& spelling) {
      if (spelling.front() == '-') return false;
      spelling.insert(spelling.begin(), '-');
      inner.span = span;
      return true;
    };
    if (auto* integer = std::get_if<ast::IntLiteral>(&inner.node);
        integer && fold(integer->spelling)) {
      return operand;
    }
    if (auto* decimal = std::get_if<ast::DecimalLiteral>(&inner.node);
        decimal && fold(decimal->spelling)) {
      return operand;
    }
  }
  return unary(ast::UnaryOp::Negate, std::move(operand), span);
}

ExprNode ExprBuilder::is_null(ExprNode operand, bool negated, const SourceSpan& span) {
  std::uint32_t depth = operand.depth;
  return make(ast::IsNullExpr{std::move(operand.expr), negated}, depth, span);
}

ExprNode ExprBuilder::in(ExprNode operand, std::vector<ExprNode> values, bool negated,
                         const SourceSpan& span) {
  std::uint32_t depth = operand.depth;
  ast::InExpr node{std::move(operand.expr), {}, negated};
  for (ExprNode& value : values) {
    depth = std::max(depth, value.depth);
    node.values.push_back(std::move(value.expr));
  }
  return make(std::move(node), depth, span);
}

ExprNode ExprBuilder::parenthesized(ExprNode inner, const SourceSpan& span) {
  inner.expr->parenthesized = true;
  inner.expr->span = span;
  return inner;
}

bool ExprBuilder::may_nest(std::size_t open, const SourceSpan& opener) {
  if (open <= kMaxDepth) return true;
  driver_.error(opener, kTooDeep);
  return false;
}

}  // namespace lys::parse
