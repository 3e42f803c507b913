#include "compiler/emit/sql/sql_text.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "compiler/ir/naming.h"

namespace lys::emit::sql {

namespace {

// SQLite key words that PostgreSQL does not reserve (those are ir::naming's list):
// names sema accepts but SQLite would misread unquoted.
constexpr auto kSqliteOnlyKeywords = std::to_array<std::string_view>({
    "between",
    "delete",
    "drop",
    "escape",
    "exists",
    "index",
    "insert",
    "key",
    "set",
    "transaction",
    "update",
    "values",
});

bool plain_identifier(const std::string& name) {
  if (name.empty() || (name[0] >= '0' && name[0] <= '9')) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

constexpr int kPrimary = 8;

// Binding strength of an expression, loosest first, as in SQL.
int precedence(const ir::Expr& expr) {
  using Kind = ir::Expr::Kind;
  switch (expr.kind) {
    case Kind::Binary:
      switch (expr.binary_op) {
        case ir::BinaryOp::Or:
          return 1;
        case ir::BinaryOp::And:
          return 2;
        case ir::BinaryOp::Add:
        case ir::BinaryOp::Sub:
          return 5;
        case ir::BinaryOp::Mul:
        case ir::BinaryOp::Div:
          return 6;
        default:
          return 4;  // comparisons
      }
    case Kind::Unary:
      return expr.unary_op == ir::UnaryOp::Not ? 3 : 7;
    case Kind::IsNull:
    case Kind::In:
      return 4;
    default:
      return kPrimary;
  }
}

std::string binary_operator(ir::BinaryOp op, const SqlSyntax& syntax) {
  switch (op) {
    case ir::BinaryOp::Or:
      return "OR";
    case ir::BinaryOp::And:
      return "AND";
    case ir::BinaryOp::Eq:
      return "=";
    case ir::BinaryOp::Ne:
      return "<>";
    case ir::BinaryOp::Lt:
      return "<";
    case ir::BinaryOp::Le:
      return "<=";
    case ir::BinaryOp::Gt:
      return ">";
    case ir::BinaryOp::Ge:
      return ">=";
    case ir::BinaryOp::Like:
      return "LIKE";
    case ir::BinaryOp::ILike:
      return syntax.ilike();
    case ir::BinaryOp::Add:
      return "+";
    case ir::BinaryOp::Sub:
      return "-";
    case ir::BinaryOp::Mul:
      return "*";
    case ir::BinaryOp::Div:
      return "/";
  }
  return "?";
}

std::string path(const std::vector<std::string>& steps) {
  std::string text;
  for (const std::string& step : steps) text += (text.empty() ? "" : ".") + identifier(step);
  return text;
}

bool is_comparison(const ir::Expr& expr) {
  if (expr.kind != ir::Expr::Kind::Binary) return false;
  switch (expr.binary_op) {
    case ir::BinaryOp::Eq:
    case ir::BinaryOp::Ne:
    case ir::BinaryOp::Lt:
    case ir::BinaryOp::Le:
    case ir::BinaryOp::Gt:
    case ir::BinaryOp::Ge:
    case ir::BinaryOp::Like:
    case ir::BinaryOp::ILike:
      return true;
    default:
      return false;
  }
}

// The optional argument a comparison is guarded by, or null when it has none.
const ir::Expr* optional_operand(const ir::Expr& expr, const ExpressionStyle& style) {
  if (!style.optional_argument || !is_comparison(expr)) return nullptr;
  for (const ir::Expr& side : expr.operands) {
    if (side.kind == ir::Expr::Kind::Argument && style.optional_argument(side.argument)) {
      return &side;
    }
  }
  return nullptr;
}

class Renderer {
 public:
  Renderer(const SqlSyntax& syntax, const ExpressionStyle& style)
      : syntax_(syntax), style_(style) {}

  std::string render(const ir::Expr& expr) const {
    const ir::Expr* guard = optional_operand(expr, style_);
    if (guard == nullptr) return unguarded(expr);
    return "(" + render(*guard) + " IS NULL OR " + unguarded(expr) + ")";
  }

 private:
  std::string unguarded(const ir::Expr& expr) const {
    using Kind = ir::Expr::Kind;
    int own = precedence(expr);
    switch (expr.kind) {
      case Kind::Literal:
        return literal(expr.value);
      case Kind::Field:
        return style_.field ? style_.field(expr.path) : path(expr.path);
      case Kind::Argument:
        return style_.argument ? style_.argument(expr.argument) : "$" + expr.argument;
      case Kind::Unary:
        return (expr.unary_op == ir::UnaryOp::Not ? "NOT " : "-") +
               operand(expr.operands.at(0), own, true);
      case Kind::Binary:
        return operand(expr.operands.at(0), own, false) + " " +
               binary_operator(expr.binary_op, syntax_) + " " +
               operand(expr.operands.at(1), own, true);
      case Kind::IsNull:
        return operand(expr.operands.at(0), own, true) +
               (expr.negated ? " IS NOT NULL" : " IS NULL");
      case Kind::In: {
        std::string list;
        for (std::size_t i = 1; i < expr.operands.size(); ++i) {
          list += (i > 1 ? ", " : "") + render(expr.operands[i]);
        }
        return operand(expr.operands.at(0), own, true) + (expr.negated ? " NOT IN (" : " IN (") +
               list + ")";
      }
    }
    return "";
  }

  // `expr` inside a parent of precedence `parent`: parenthesised when it binds more
  // loosely, or equally on the right of a left-associative operator. A guarded
  // comparison carries its own parentheses.
  std::string operand(const ir::Expr& expr, int parent, bool right) const {
    std::string text = render(expr);
    int own = optional_operand(expr, style_) != nullptr ? kPrimary : precedence(expr);
    return own < parent || (right && own == parent) ? "(" + text + ")" : text;
  }

  std::string literal(const ir::Value& constant) const {
    bool session_value = constant.kind == ir::Value::Kind::CurrentUser ||
                         constant.kind == ir::Value::Kind::CurrentOrg;
    if (session_value && style_.session) return style_.session(constant.kind);
    std::string text = value(constant, syntax_);
    if (!style_.escape_braces) return text;
    std::string escaped;
    for (char c : text) escaped += c == '{' ? std::string("{{") : std::string(1, c);
    return escaped;
  }

  const SqlSyntax& syntax_;
  const ExpressionStyle& style_;
};

}  // namespace

std::string identifier(const std::string& name) {
  bool reserved = ir::naming::is_sql_reserved(name) ||
                  std::find(kSqliteOnlyKeywords.begin(), kSqliteOnlyKeywords.end(), name) !=
                      kSqliteOnlyKeywords.end();
  if (plain_identifier(name) && !reserved) return name;
  std::string quoted = "\"";
  for (char c : name) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

std::string string_literal(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("''") : std::string(1, c);
  return quoted + "'";
}

std::string value(const ir::Value& constant, const SqlSyntax& syntax) {
  using Kind = ir::Value::Kind;
  switch (constant.kind) {
    case Kind::Bool:
      return syntax.boolean(constant.boolean);
    case Kind::Int:
    case Kind::Decimal:
      return constant.text;
    case Kind::String:
    case Kind::EnumValue:
    case Kind::FixtureRef:
      return string_literal(constant.text);
    case Kind::Now:
      return syntax.now();
    case Kind::Null:
    case Kind::CurrentUser:
    case Kind::CurrentOrg:
      return "NULL";
  }
  return "NULL";
}

std::string expression(const ir::Expr& expr, const SqlSyntax& syntax) {
  return expression(expr, syntax, ExpressionStyle{});
}

std::string expression(const ir::Expr& expr, const SqlSyntax& syntax,
                       const ExpressionStyle& style) {
  return Renderer(syntax, style).render(expr);
}

}  // namespace lys::emit::sql
