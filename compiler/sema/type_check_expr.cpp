#include "compiler/sema/type_check_expr.h"

#include <algorithm>

#include "compiler/diag/suggest.h"
#include "compiler/sema/constants.h"
#include "compiler/sema/resolve_types.h"

namespace lys::sema {

namespace {

using Kind = ir::Expr::Kind;

ir::Type scalar(ir::ScalarType s) {
  ir::Type type;
  type.scalar = s;
  return type;
}

bool is_scalar(const ir::Type& type, std::initializer_list<ir::ScalarType> scalars) {
  return type.kind == ir::Type::Kind::Scalar &&
         std::find(scalars.begin(), scalars.end(), type.scalar) != scalars.end();
}

bool is_numeric(const ir::Type& type) {
  using S = ir::ScalarType;
  return is_scalar(type, {S::Int, S::BigInt, S::Float, S::Decimal});
}

bool is_textual(const ir::Type& type) {
  return is_scalar(type, {ir::ScalarType::String, ir::ScalarType::Text});
}

bool is_bool(const ir::Type& type) {
  return is_scalar(type, {ir::ScalarType::Bool});
}

bool is_null_literal(const ir::Expr& expr) {
  return expr.kind == Kind::Literal && expr.value.kind == ir::Value::Kind::Null;
}

// Types whose literals are spelled as strings or names, so a constant written next
// to them takes their type: `status == ACTIVE`, `released_on < "2024-01-01"`.
bool types_constants(const ir::Type& type) {
  using S = ir::ScalarType;
  return type.kind == ir::Type::Kind::Enum || is_scalar(type, {S::Uuid, S::Date, S::DateTime});
}

// Values of both types can be compared for equality.
bool comparable(const ir::Type& a, const ir::Type& b) {
  if (is_numeric(a) && is_numeric(b)) return true;
  if (is_textual(a) && is_textual(b)) return true;
  if (a.kind != b.kind) return false;
  if (a.kind != ir::Type::Kind::Scalar) return a.target == b.target;
  return a.scalar == b.scalar && !is_scalar(a, {ir::ScalarType::Json, ir::ScalarType::Bytes});
}

// A value of type `source` can be stored into `target`.
bool assignable(const ir::Type& target, const ir::Type& source) {
  using S = ir::ScalarType;
  if (is_numeric(target) && is_numeric(source)) {
    return !is_scalar(target, {S::Int, S::BigInt}) || is_scalar(source, {S::Int, S::BigInt});
  }
  return comparable(target, source);
}

int numeric_rank(const ir::Type& type) {
  switch (type.scalar) {
    case ir::ScalarType::Int:
      return 0;
    case ir::ScalarType::BigInt:
      return 1;
    case ir::ScalarType::Decimal:
      return 2;
    default:
      return 3;
  }
}

const char* spelling(ast::BinaryOp op) {
  static constexpr const char* kSpellings[] = {"or", "and",  "==",    "!=", "<", "<=", ">",
                                               ">=", "like", "ilike", "+",  "-", "*",  "/"};
  return kSpellings[static_cast<int>(op)];
}

std::string describe(const ir::Expr& expr) {
  if (expr.kind == Kind::Argument) return "'$" + expr.argument + "'";
  if (expr.kind != Kind::Field) return "this expression";
  std::string path;
  for (const std::string& part : expr.path) path += (path.empty() ? "" : ".") + part;
  return "'" + path + "'";
}

class ExprChecker {
 public:
  ExprChecker(Context& context, const ExprScope& scope) : context_(context), scope_(scope) {}

  std::optional<ir::Expr> infer(const ast::Expr& expr) {
    if (auto number = number_spelling(expr)) {
      bool is_decimal = false;
      number_spelling(expr, &is_decimal);
      return literal(is_decimal ? ir::Value::Kind::Decimal : ir::Value::Kind::Int, *number,
                     scalar(is_decimal ? ir::ScalarType::Decimal : ir::ScalarType::Int));
    }
    return std::visit([&](const auto& node) { return infer_node(expr, node); }, expr.node);
  }

  // `expr` in a position where a value like `other` is expected.
  std::optional<ir::Expr> infer_like(const ast::Expr& expr, const ir::Type& other) {
    if (!is_contextual(expr) || !types_constants(other)) return infer(expr);
    return constant(expr, other, true);
  }

  std::optional<ir::Expr> constant(const ast::Expr& expr, const ir::Type& type, bool nullable) {
    if (!session_allowed(expr)) return std::nullopt;
    ConstantRules rules{scope_.app, scope_.session_values, false};
    auto value = check_constant(context_, expr, type, nullable, rules);
    if (!value) return std::nullopt;
    ir::Expr out;
    out.kind = Kind::Literal;
    out.type = type;
    out.nullable = value->kind == ir::Value::Kind::Null;
    out.value = std::move(*value);
    return out;
  }

  // A constant-looking expression: a literal, `now`, or a bare name that is not a field.
  bool is_contextual(const ast::Expr& expr) const {
    if (!is_constant_syntax(expr)) return false;
    if (const auto* path = std::get_if<ast::PathExpr>(&expr.node)) {
      return !scope_.entity || !scope_.entity->find_field(path->path.parts.front().text);
    }
    if (const auto* builtin = std::get_if<ast::BuiltinExpr>(&expr.node)) {
      return builtin->value == ast::BuiltinValue::Now;
    }
    return true;
  }

  std::optional<ir::Expr> field_path(const ast::QualifiedName& path) {
    const ir::Entity* entity = scope_.entity;
    if (!entity) {
      context_.error(path.span, "'" + path.str() + "' does not name a field here");
      return std::nullopt;
    }
    if (path.parts.size() > 1 && !scope_.follow_references) {
      context_.error(path.span, scope_.where + " can only use the entity's own fields; '" +
                                    path.str() + "' follows a reference");
      return std::nullopt;
    }
    ir::Expr out;
    out.kind = Kind::Field;
    for (std::size_t i = 0; i < path.parts.size(); ++i) {
      const ast::Name& part = path.parts[i];
      if (!entity) {
        context_.error(part.span, "'" + path.parts[i - 1].text + "' is not a reference; '" +
                                      part.text + "' cannot follow it");
        return std::nullopt;
      }
      const ir::Field* field = entity->find_field(part.text);
      if (!field) {
        std::vector<std::string> names;
        for (const ir::Field& f : entity->fields) names.push_back(f.name);
        context_.error(part.span, "unknown field '" + part.text + "' of '" + entity->qualified +
                                      "'" + did_you_mean(part.text, names));
        return std::nullopt;
      }
      out.path.push_back(field->name);
      out.type = field->type;
      out.nullable = out.nullable || field->nullable;
      entity = field->type.kind == ir::Type::Kind::Reference
                   ? context_.find_entity(field->type.target)
                   : nullptr;
    }
    return out;
  }

 private:
  std::optional<ir::Expr> infer_node(const ast::Expr&, const ast::NullLiteral&) {
    auto out = literal(ir::Value::Kind::Null, "", scalar(ir::ScalarType::Text));
    out->nullable = true;
    return out;
  }

  std::optional<ir::Expr> infer_node(const ast::Expr&, const ast::BoolLiteral& node) {
    auto out = literal(ir::Value::Kind::Bool, "", scalar(ir::ScalarType::Bool));
    out->value.boolean = node.value;
    return out;
  }

  std::optional<ir::Expr> infer_node(const ast::Expr&, const ast::StringLiteral& node) {
    return literal(ir::Value::Kind::String, node.value, scalar(ir::ScalarType::Text));
  }

  std::optional<ir::Expr> infer_node(const ast::Expr&, const ast::IntLiteral&) {
    return std::nullopt;
  }
  std::optional<ir::Expr> infer_node(const ast::Expr&, const ast::DecimalLiteral&) {
    return std::nullopt;  // both handled by number_spelling in infer()
  }

  std::optional<ir::Expr> infer_node(const ast::Expr&, const ast::PathExpr& node) {
    return field_path(node.path);
  }

  std::optional<ir::Expr> infer_node(const ast::Expr& expr, const ast::ArgumentExpr& node) {
    const std::string& name = node.name.text;
    if (!scope_.parameters) {
      context_.error(expr.span, "'$" + name + "' can only be used in a query or mutation");
      return std::nullopt;
    }
    std::vector<std::string> names;
    for (const ir::Parameter& parameter : *scope_.parameters) {
      if (parameter.name == name) {
        ir::Expr out;
        out.kind = Kind::Argument;
        out.argument = name;
        out.type = parameter.type;
        out.nullable = parameter.nullable;
        return out;
      }
      names.push_back("$" + parameter.name);
    }
    context_.error(expr.span,
                   "unknown parameter '$" + name + "'" + did_you_mean("$" + name, names));
    return std::nullopt;
  }

  std::optional<ir::Expr> infer_node(const ast::Expr& expr, const ast::BuiltinExpr& node) {
    if (node.value == ast::BuiltinValue::Now) {
      return literal(ir::Value::Kind::Now, "", scalar(ir::ScalarType::DateTime));
    }
    if (!session_allowed(expr)) return std::nullopt;
    const bool user = node.value == ast::BuiltinValue::CurrentUser;
    const ir::Entity* entity = context_.schema.entity_with_role(
        user ? ir::EntityRole::User : ir::EntityRole::Organization);
    if (!entity) {
      context_.error(expr.span, std::string(user ? "'current_user'" : "'current_org'") +
                                    " needs an entity marked '@" +
                                    (user ? "user" : "organization") + "'");
      return std::nullopt;
    }
    auto out = literal(user ? ir::Value::Kind::CurrentUser : ir::Value::Kind::CurrentOrg, "",
                       reference_type(*entity));
    out->nullable = true;  // anonymous callers have neither
    return out;
  }

  std::optional<ir::Expr> infer_node(const ast::Expr& expr, const ast::UnaryExpr& node) {
    auto operand = infer(*node.operand);
    if (!operand) return std::nullopt;
    const bool negate = node.op == ast::UnaryOp::Negate;
    if (negate ? !is_numeric(operand->type) : !is_bool(operand->type)) {
      context_.error(expr.span, std::string(negate ? "'-' needs a number" : "'not' needs a bool") +
                                    ", not '" + type_name(operand->type) + "'");
      return std::nullopt;
    }
    ir::Expr out;
    out.kind = Kind::Unary;
    out.unary_op = negate ? ir::UnaryOp::Negate : ir::UnaryOp::Not;
    out.type = operand->type;
    out.nullable = operand->nullable;
    out.operands.push_back(std::move(*operand));
    return out;
  }

  std::optional<ir::Expr> infer_node(const ast::Expr& expr, const ast::BinaryExpr& node) {
    switch (node.op) {
      case ast::BinaryOp::Or:
      case ast::BinaryOp::And:
        return logical(expr, node);
      case ast::BinaryOp::Add:
      case ast::BinaryOp::Sub:
      case ast::BinaryOp::Mul:
      case ast::BinaryOp::Div:
        return arithmetic(expr, node);
      case ast::BinaryOp::Like:
      case ast::BinaryOp::ILike:
        return pattern(expr, node);
      default:
        return comparison(expr, node);
    }
  }

  std::optional<ir::Expr> infer_node(const ast::Expr& expr, const ast::IsNullExpr& node) {
    auto operand = infer(*node.operand);
    if (!operand) return std::nullopt;
    if (!operand->nullable) {
      context_.error(expr.span, "'is null' needs a nullable operand; " + describe(*operand) +
                                    " is never null");
      return std::nullopt;
    }
    ir::Expr out = predicate(Kind::IsNull, false);
    out.negated = node.negated;
    out.operands.push_back(std::move(*operand));
    return out;
  }

  std::optional<ir::Expr> infer_node(const ast::Expr&, const ast::InExpr& node) {
    auto operand = infer(*node.operand);
    if (!operand) return std::nullopt;
    ir::Expr out = predicate(Kind::In, operand->nullable);
    out.negated = node.negated;
    bool ok = true;
    for (const ast::ExprPtr& value : node.values) {
      auto checked = infer_like(*value, operand->type);
      if (checked && !comparable(operand->type, checked->type)) {
        context_.error(value->span, "cannot compare '" + type_name(operand->type) + "' with '" +
                                        type_name(checked->type) + "'");
        checked.reset();
      }
      ok = ok && checked;
      if (checked) out.operands.push_back(std::move(*checked));
    }
    if (!ok) return std::nullopt;
    out.operands.insert(out.operands.begin(), std::move(*operand));
    return out;
  }

  std::optional<ir::Expr> logical(const ast::Expr& expr, const ast::BinaryExpr& node) {
    auto left = infer(*node.left);
    auto right = infer(*node.right);
    if (!left || !right) return std::nullopt;
    for (const ir::Expr* operand : {&*left, &*right}) {
      if (!is_bool(operand->type) || is_null_literal(*operand)) {
        context_.error(expr.span, std::string("'") + spelling(node.op) +
                                      "' needs bool operands, not '" + type_name(operand->type) +
                                      "'");
        return std::nullopt;
      }
    }
    return binary(node.op, std::move(*left), std::move(*right), scalar(ir::ScalarType::Bool));
  }

  std::optional<ir::Expr> arithmetic(const ast::Expr& expr, const ast::BinaryExpr& node) {
    auto left = infer(*node.left);
    auto right = infer(*node.right);
    if (!left || !right) return std::nullopt;
    for (const ir::Expr* operand : {&*left, &*right}) {
      if (!is_numeric(operand->type) || is_null_literal(*operand)) {
        context_.error(expr.span, std::string("'") + spelling(node.op) + "' needs numbers, not '" +
                                      type_name(operand->type) + "'");
        return std::nullopt;
      }
    }
    ir::Type type =
        scalar(numeric_rank(left->type) >= numeric_rank(right->type) ? left->type.scalar
                                                                     : right->type.scalar);
    return binary(node.op, std::move(*left), std::move(*right), type);
  }

  std::optional<ir::Expr> pattern(const ast::Expr& expr, const ast::BinaryExpr& node) {
    auto left = infer(*node.left);
    auto right = infer(*node.right);
    if (!left || !right) return std::nullopt;
    for (const ir::Expr* operand : {&*left, &*right}) {
      if (!is_textual(operand->type) || is_null_literal(*operand)) {
        context_.error(expr.span, std::string("'") + spelling(node.op) + "' needs strings, not '" +
                                      type_name(operand->type) + "'");
        return std::nullopt;
      }
    }
    return binary(node.op, std::move(*left), std::move(*right), scalar(ir::ScalarType::Bool));
  }

  std::optional<ir::Expr> comparison(const ast::Expr& expr, const ast::BinaryExpr& node) {
    const bool equality = node.op == ast::BinaryOp::Eq || node.op == ast::BinaryOp::Ne;
    for (const ast::Expr* side : {node.left.get(), node.right.get()}) {
      if (std::holds_alternative<ast::NullLiteral>(side->node)) {
        context_.error(expr.span, std::string("comparison with null is never true; use '") +
                                      (node.op == ast::BinaryOp::Ne ? "is not null" : "is null") +
                                      "'" + (equality ? "" : " or compare with a value"));
        return std::nullopt;
      }
    }
    std::optional<ir::Expr> left, right;
    if (is_contextual(*node.left) && !is_contextual(*node.right)) {
      right = infer(*node.right);
      left = right ? infer_like(*node.left, right->type) : infer(*node.left);
    } else {
      left = infer(*node.left);
      right = left ? infer_like(*node.right, left->type) : infer(*node.right);
    }
    if (!left || !right) return std::nullopt;
    if (!comparable(left->type, right->type)) {
      context_.error(expr.span, "cannot compare '" + type_name(left->type) + "' with '" +
                                    type_name(right->type) + "'");
      return std::nullopt;
    }
    const bool ordered =
        left->type.kind == ir::Type::Kind::Scalar && !is_scalar(left->type, {ir::ScalarType::Bool});
    if (!equality && !ordered) {
      context_.error(expr.span, std::string("operator '") + spelling(node.op) +
                                    "' does not apply to '" + type_name(left->type) + "'");
      return std::nullopt;
    }
    return binary(node.op, std::move(*left), std::move(*right), scalar(ir::ScalarType::Bool));
  }

  bool session_allowed(const ast::Expr& expr) {
    const auto* builtin = std::get_if<ast::BuiltinExpr>(&expr.node);
    if (!builtin || builtin->value == ast::BuiltinValue::Now || scope_.session_values) return true;
    context_.error(expr.span,
                   std::string(builtin->value == ast::BuiltinValue::CurrentUser ? "'current_user'"
                                                                                : "'current_org'") +
                       " cannot be used in " + scope_.where);
    return false;
  }

  static std::optional<ir::Expr> literal(ir::Value::Kind kind, std::string text, ir::Type type) {
    ir::Expr out;
    out.kind = Kind::Literal;
    out.value.kind = kind;
    out.value.text = std::move(text);
    out.type = std::move(type);
    return out;
  }

  static ir::Expr predicate(Kind kind, bool nullable) {
    ir::Expr out;
    out.kind = kind;
    out.type = scalar(ir::ScalarType::Bool);
    out.nullable = nullable;
    return out;
  }

  static ir::Expr binary(ast::BinaryOp op, ir::Expr left, ir::Expr right, ir::Type type) {
    ir::Expr out;
    out.kind = Kind::Binary;
    out.binary_op = static_cast<ir::BinaryOp>(op);  // the same operators in the same order
    out.type = std::move(type);
    out.nullable = left.nullable || right.nullable;
    out.operands.push_back(std::move(left));
    out.operands.push_back(std::move(right));
    return out;
  }

  Context& context_;
  const ExprScope& scope_;
};

}  // namespace

std::optional<ir::Expr> check_condition(Context& context, const ast::Expr& expr,
                                        const ExprScope& scope) {
  auto out = ExprChecker(context, scope).infer(expr);
  if (out && (!is_bool(out->type) || is_null_literal(*out))) {
    context.error(expr.span, "a condition must be a bool, not '" + type_name(out->type) + "'");
    return std::nullopt;
  }
  return out;
}

std::optional<ir::Expr> check_value(Context& context, const ast::Expr& expr, const ExprScope& scope,
                                    const ir::Type& type, bool nullable) {
  ExprChecker checker(context, scope);
  if (checker.is_contextual(expr) || std::holds_alternative<ast::BuiltinExpr>(expr.node)) {
    return checker.constant(expr, type, nullable);
  }
  auto out = checker.infer(expr);
  if (!out) return std::nullopt;
  if (!assignable(type, out->type)) {
    context.error(expr.span, "expected a value of type '" + type_name(type) + "', found '" +
                                 type_name(out->type) + "'");
    return std::nullopt;
  }
  if (out->nullable && !nullable) {
    context.error(expr.span, describe(*out) + " may be null, but type '" + type_name(type) +
                                 "' is not nullable");
    return std::nullopt;
  }
  return out;
}

std::optional<ir::Expr> check_field_path(Context& context, const ast::QualifiedName& path,
                                         const ExprScope& scope) {
  return ExprChecker(context, scope).field_path(path);
}

}  // namespace lys::sema
