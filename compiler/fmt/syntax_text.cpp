#include "compiler/fmt/syntax_text.h"

#include <cstdio>

namespace lys::printer {

namespace {

// Binding strength, loosest first, following the grammar's precedence levels.
enum Precedence : int {
  kOr = 1,
  kAnd,
  kNot,
  kComparison,  // non-associative
  kAdditive,
  kMultiplicative,
  kNegate,
  kPrimary,
};

Precedence binary_precedence(ast::BinaryOp op) {
  switch (op) {
    case ast::BinaryOp::Or:
      return kOr;
    case ast::BinaryOp::And:
      return kAnd;
    case ast::BinaryOp::Add:
    case ast::BinaryOp::Sub:
      return kAdditive;
    case ast::BinaryOp::Mul:
    case ast::BinaryOp::Div:
      return kMultiplicative;
    default:
      return kComparison;
  }
}

const char* binary_spelling(ast::BinaryOp op) {
  switch (op) {
    case ast::BinaryOp::Or:
      return "or";
    case ast::BinaryOp::And:
      return "and";
    case ast::BinaryOp::Eq:
      return "==";
    case ast::BinaryOp::Ne:
      return "!=";
    case ast::BinaryOp::Lt:
      return "<";
    case ast::BinaryOp::Le:
      return "<=";
    case ast::BinaryOp::Gt:
      return ">";
    case ast::BinaryOp::Ge:
      return ">=";
    case ast::BinaryOp::Like:
      return "like";
    case ast::BinaryOp::ILike:
      return "ilike";
    case ast::BinaryOp::Add:
      return "+";
    case ast::BinaryOp::Sub:
      return "-";
    case ast::BinaryOp::Mul:
      return "*";
    case ast::BinaryOp::Div:
      return "/";
  }
  return "?";
}

Precedence precedence(const ast::Expr& expr) {
  if (expr.parenthesized) return kPrimary;
  if (const auto* binary = std::get_if<ast::BinaryExpr>(&expr.node)) {
    return binary_precedence(binary->op);
  }
  if (const auto* unary = std::get_if<ast::UnaryExpr>(&expr.node)) {
    return unary->op == ast::UnaryOp::Not ? kNot : kNegate;
  }
  if (std::holds_alternative<ast::IsNullExpr>(expr.node) ||
      std::holds_alternative<ast::InExpr>(expr.node)) {
    return kComparison;
  }
  return kPrimary;
}

// `expr`, in parentheses when it binds looser than its position allows. Trees
// built by the parser never need them (it marks the ones written as
// `parenthesized`); trees built by hand do.
std::string operand_text(const ast::Expr& expr, bool needs_parentheses) {
  std::string text = expr_text(expr);
  return needs_parentheses ? "(" + text + ")" : text;
}

struct NodeText {
  std::string operator()(const ast::NullLiteral&) const { return "null"; }
  std::string operator()(const ast::BoolLiteral& literal) const {
    return literal.value ? "true" : "false";
  }
  std::string operator()(const ast::IntLiteral& literal) const { return literal.spelling; }
  std::string operator()(const ast::DecimalLiteral& literal) const { return literal.spelling; }
  std::string operator()(const ast::StringLiteral& literal) const {
    return string_literal(literal.value);
  }
  std::string operator()(const ast::PathExpr& path) const { return path.path.str(); }
  std::string operator()(const ast::ArgumentExpr& argument) const {
    return "$" + argument.name.text;
  }
  std::string operator()(const ast::BuiltinExpr& builtin) const {
    switch (builtin.value) {
      case ast::BuiltinValue::CurrentUser:
        return "current_user";
      case ast::BuiltinValue::CurrentOrg:
        return "current_org";
      case ast::BuiltinValue::Now:
        return "now";
    }
    return "now";
  }
  std::string operator()(const ast::UnaryExpr& unary) const {
    if (unary.op == ast::UnaryOp::Not) {
      return "not " + operand_text(*unary.operand, precedence(*unary.operand) < kNot);
    }
    return "-" + operand_text(*unary.operand, precedence(*unary.operand) < kNegate);
  }
  std::string operator()(const ast::BinaryExpr& binary) const {
    Precedence own = binary_precedence(binary.op);
    // Left-associative levels take an equal left operand bare; comparisons take none.
    Precedence left = precedence(*binary.left);
    bool left_parentheses = left < own || (own == kComparison && left == kComparison);
    bool right_parentheses = precedence(*binary.right) <= own;
    return operand_text(*binary.left, left_parentheses) + " " + binary_spelling(binary.op) + " " +
           operand_text(*binary.right, right_parentheses);
  }
  std::string operator()(const ast::IsNullExpr& is_null) const {
    return operand_text(*is_null.operand, precedence(*is_null.operand) <= kComparison) +
           (is_null.negated ? " is not null" : " is null");
  }
  std::string operator()(const ast::InExpr& in) const {
    std::string text = operand_text(*in.operand, precedence(*in.operand) <= kComparison);
    text += in.negated ? " not in (" : " in (";
    for (std::size_t i = 0; i < in.values.size(); ++i) {
      if (i > 0) text += ", ";
      text += expr_text(*in.values[i]);
    }
    return text + ")";
  }
};

}  // namespace

std::string expr_text(const ast::Expr& expr) {
  std::string text = std::visit(NodeText{}, expr.node);
  return expr.parenthesized ? "(" + text + ")" : text;
}

std::string string_literal(const std::string& value) {
  std::string out = "\"";
  for (char c : value) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
          char escape[8];
          std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned char>(c));
          out += escape;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

std::string type_text(const ast::TypeRef& type) {
  std::string text = type.soft ? "soft " + type.name.str() : type.name.str();
  if (!type.arguments.empty()) {
    text += '(';
    for (std::size_t i = 0; i < type.arguments.size(); ++i) {
      if (i > 0) text += ", ";
      text += std::to_string(type.arguments[i].value);
    }
    text += ')';
  }
  if (type.nullable) text += '?';
  return text;
}

std::string on_delete_text(ast::OnDelete on_delete) {
  switch (on_delete) {
    case ast::OnDelete::Restrict:
      return "on delete restrict";
    case ast::OnDelete::Cascade:
      return "on delete cascade";
    case ast::OnDelete::SetNull:
      return "on delete set null";
  }
  return "on delete restrict";
}

std::string result_text(const ast::ResultType& result) {
  switch (result.shape) {
    case ast::ResultShape::Single:
      return type_text(result.type);
    case ast::ResultShape::List:
      return "[" + type_text(result.type) + "]";
    case ast::ResultShape::Connection:
      return "connection<" + type_text(result.type) + ">";
  }
  return type_text(result.type);
}

std::string annotation_text(const ast::Annotation& annotation) {
  std::string text = "@" + annotation.name.text;
  if (annotation.has_parentheses || !annotation.arguments.empty()) {
    text += '(';
    for (std::size_t i = 0; i < annotation.arguments.size(); ++i) {
      if (i > 0) text += ", ";
      text += expr_text(*annotation.arguments[i]);
    }
    text += ')';
  }
  return text;
}

std::string annotations_suffix(const std::vector<ast::Annotation>& annotations) {
  std::string text;
  for (const ast::Annotation& annotation : annotations) text += " " + annotation_text(annotation);
  return text;
}

std::string operation_text(ast::Operation operation) {
  switch (operation) {
    case ast::Operation::Read:
      return "read";
    case ast::Operation::Create:
      return "create";
    case ast::Operation::Update:
      return "update";
    case ast::Operation::Delete:
      return "delete";
    case ast::Operation::All:
      return "all";
  }
  return "all";
}

std::string principal_text(const ast::Principal& principal) {
  switch (principal.kind) {
    case ast::PrincipalKind::Anonymous:
      return "anonymous";
    case ast::PrincipalKind::Authenticated:
      return "authenticated";
    case ast::PrincipalKind::Role:
      return "role " + principal.role.text;
    case ast::PrincipalKind::OrgRole:
      return "org_role " + principal.role.text;
    case ast::PrincipalKind::Owner:
      return "owner";
    case ast::PrincipalKind::Internal:
      return "internal";
    case ast::PrincipalKind::Admin:
      return "admin";
  }
  return "admin";
}

std::string names_text(const std::vector<ast::Name>& names) {
  std::string text;
  for (const ast::Name& name : names) {
    if (!text.empty()) text += ", ";
    text += name.text;
  }
  return text;
}

}  // namespace lys::printer
