// Builds expression nodes for the grammar's actions and keeps every expression tree
// shallow: the AST is destroyed recursively, so a pathological input (100,000
// nested parentheses, `1+1+…` on a 10 MB line) must never become a deep tree.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "compiler/ast/ast.h"

namespace lys {
class ParseDriver;
}

namespace lys::parse {

// An expression under construction and the depth of its tree. A depth past the limit
// marks an expression already reported as too deep; its tree has been dropped.
struct ExprNode {
  ast::ExprPtr expr;
  std::uint32_t depth = 0;
};

class ExprBuilder {
 public:
  static constexpr std::uint32_t kMaxDepth = 200;

  explicit ExprBuilder(ParseDriver& driver) : driver_(driver) {}

  ExprNode leaf(decltype(ast::Expr::node) node, const SourceSpan& span);
  ExprNode binary(ast::BinaryOp op, ExprNode left, ExprNode right, const SourceSpan& span);
  ExprNode unary(ast::UnaryOp op, ExprNode operand, const SourceSpan& span);
  // `-3` stays the literal "-3" (numbers keep their spelling); `-x` is a negation.
  ExprNode negate(ExprNode operand, const SourceSpan& span);
  ExprNode is_null(ExprNode operand, bool negated, const SourceSpan& span);
  ExprNode in(ExprNode operand, std::vector<ExprNode> values, bool negated, const SourceSpan& span);
  ExprNode parenthesized(ExprNode inner, const SourceSpan& span);

  // Whether one more level may open when `open` levels are already open on the
  // parser's stack; reports the error when not.
  bool may_nest(std::size_t open, const SourceSpan& opener);

 private:
  // Wraps a new node whose deepest child has depth `child_depth`, or drops it when
  // the limit is crossed (reporting only the first crossing of each expression).
  ExprNode make(decltype(ast::Expr::node) node, std::uint32_t child_depth, const SourceSpan& span);

  ParseDriver& driver_;
};

}  // namespace lys::parse
