#include "compiler/sema/constants.h"

#include <algorithm>

#include "compiler/diag/suggest.h"
#include "compiler/sema/literal_formats.h"
#include "compiler/sema/resolve_types.h"

namespace lys::sema {

namespace {

bool is_numeric(ir::ScalarType scalar) {
  return scalar == ir::ScalarType::Int || scalar == ir::ScalarType::BigInt ||
         scalar == ir::ScalarType::Float || scalar == ir::ScalarType::Decimal;
}

std::optional<ir::Value> value(ir::Value::Kind kind, std::string text = {},
                               std::string target = {}) {
  ir::Value out;
  out.kind = kind;
  out.text = std::move(text);
  out.target = std::move(target);
  return out;
}

class ConstantChecker {
 public:
  ConstantChecker(Context& context, const ir::Type& type, const ConstantRules& rules)
      : context_(context), type_(type), rules_(rules) {}

  std::optional<ir::Value> check(const ast::Expr& expr, bool nullable) {
    bool is_decimal = false;
    if (auto number = number_spelling(expr, &is_decimal))
      return check_number(expr, *number, is_decimal);
    return std::visit([&](const auto& node) { return check_node(expr, node, nullable); },
                      expr.node);
  }

 private:
  std::optional<ir::Value> check_node(const ast::Expr& expr, const ast::NullLiteral&,
                                      bool nullable) {
    if (nullable) return value(ir::Value::Kind::Null);
    return fail(expr, "'null' is not allowed: type '" + type_name(type_) + "' is not nullable");
  }

  std::optional<ir::Value> check_node(const ast::Expr& expr, const ast::BoolLiteral& literal,
                                      bool) {
    if (!is_scalar(ir::ScalarType::Bool)) return mismatch(expr, "a bool");
    ir::Value out;
    out.kind = ir::Value::Kind::Bool;
    out.boolean = literal.value;
    return out;
  }

  std::optional<ir::Value> check_node(const ast::Expr& expr, const ast::StringLiteral& literal,
                                      bool) {
    if (type_.kind != ir::Type::Kind::Scalar) return mismatch(expr, "a string");
    const std::string& text = literal.value;
    switch (type_.scalar) {
      case ir::ScalarType::String:
        if (code_points(text) > static_cast<std::size_t>(type_.length)) {
          return fail(expr, "string is longer than the " + std::to_string(type_.length) +
                                " characters of '" + type_name(type_) + "'");
        }
        break;
      case ir::ScalarType::Text:
      case ir::ScalarType::Json:
        break;
      case ir::ScalarType::Uuid:
        if (!is_valid_uuid(text)) return fail(expr, "'" + text + "' is not a valid uuid");
        break;
      case ir::ScalarType::Date:
        if (!is_valid_date(text))
          return fail(expr, "'" + text + "' is not a valid date (YYYY-MM-DD)");
        break;
      case ir::ScalarType::DateTime:
        if (!is_valid_datetime(text)) {
          return fail(expr, "'" + text + "' is not a valid datetime (YYYY-MM-DDTHH:MM:SSZ)");
        }
        break;
      default:
        return mismatch(expr, "a string");
    }
    return value(ir::Value::Kind::String, text);
  }

  std::optional<ir::Value> check_node(const ast::Expr& expr, const ast::PathExpr& path, bool) {
    if (type_.kind == ir::Type::Kind::Enum) return enum_value(expr, path.path);
    if (type_.kind == ir::Type::Kind::Reference && rules_.fixture_references) {
      return fixture_reference(path.path);
    }
    return mismatch(expr, "the name '" + path.path.str() + "'");
  }

  std::optional<ir::Value> check_node(const ast::Expr& expr, const ast::BuiltinExpr& builtin,
                                      bool) {
    switch (builtin.value) {
      case ast::BuiltinValue::Now:
        if (is_scalar(ir::ScalarType::Date) || is_scalar(ir::ScalarType::DateTime)) {
          return value(ir::Value::Kind::Now);
        }
        return mismatch(expr, "'now'");
      case ast::BuiltinValue::CurrentUser:
        return session_value(expr, "current_user", ir::EntityRole::User,
                             ir::Value::Kind::CurrentUser);
      case ast::BuiltinValue::CurrentOrg:
        return session_value(expr, "current_org", ir::EntityRole::Organization,
                             ir::Value::Kind::CurrentOrg);
    }
    return std::nullopt;
  }

  template <typename Node>
  std::optional<ir::Value> check_node(const ast::Expr& expr, const Node&, bool) {
    return fail(expr, "expected a constant of type '" + type_name(type_) + "'");
  }

  std::optional<ir::Value> check_number(const ast::Expr& expr, const std::string& spelling,
                                        bool is_decimal) {
    if (type_.kind != ir::Type::Kind::Scalar || !is_numeric(type_.scalar)) {
      return mismatch(expr, "a number");
    }
    switch (type_.scalar) {
      case ir::ScalarType::Int:
      case ir::ScalarType::BigInt: {
        if (is_decimal) return mismatch(expr, "a decimal number");
        const int bits = type_.scalar == ir::ScalarType::Int ? 32 : 64;
        if (!fits_integer(spelling, bits)) {
          return fail(expr, spelling + " is out of range for '" + type_name(type_) + "'");
        }
        return value(ir::Value::Kind::Int, spelling);
      }
      case ir::ScalarType::Decimal:
        if (type_.precision > 0 && !fits_decimal(spelling, type_.precision, type_.scale)) {
          return fail(expr, spelling + " does not fit '" + type_name(type_) + "'");
        }
        break;
      default:
        break;
    }
    return value(is_decimal ? ir::Value::Kind::Decimal : ir::Value::Kind::Int, spelling);
  }

  std::optional<ir::Value> enum_value(const ast::Expr& expr, const ast::QualifiedName& path) {
    const ir::Enum* decl = context_.schema.find_enum(type_.target);
    if (!decl) return std::nullopt;
    std::vector<std::string> names;
    for (const ir::EnumValue& v : decl->values) names.push_back(v.name);
    const std::string written = path.str();
    if (path.parts.size() == 1 && std::find(names.begin(), names.end(), written) != names.end()) {
      return value(ir::Value::Kind::EnumValue, written, decl->qualified);
    }
    return fail(expr, "unknown value '" + written + "' of enum '" + decl->qualified + "'" +
                          did_you_mean(written, names));
  }

  // `acme` (an entity of the same app), `Client.acme`, or `organization.Client.acme`.
  std::optional<ir::Value> fixture_reference(const ast::QualifiedName& path) {
    const ir::Entity* target = context_.find_entity(type_.target);
    if (!target) return std::nullopt;
    const std::string& key = path.parts.back().text;
    const std::string written = path.str();
    std::string entity;
    if (path.parts.size() == 1) {
      if (target->app != rules_.app) {
        return fail_at(path.span, "fixture '" + key +
                                      "' of another app's entity must be written '" +
                                      target->qualified + "." + key + "'");
      }
      entity = target->qualified;
    } else if (path.parts.size() == 2) {
      entity = qualify(rules_.app, path.parts[0].text);
    } else if (path.parts.size() == 3) {
      entity = qualify(path.parts[0].text, path.parts[1].text);
    }
    if (entity != target->qualified) {
      return fail_at(path.span,
                     "'" + written + "' is not a fixture of '" + target->qualified + "'");
    }
    auto keys = context_.fixture_keys.find(entity);
    if (keys == context_.fixture_keys.end() || !keys->second.count(key)) {
      return fail_at(path.parts.back().span,
                     "unknown fixture '" + key + "' of '" + entity + "'" +
                         did_you_mean(key, context_.fixture_key_names(entity)));
    }
    return value(ir::Value::Kind::FixtureRef, key, entity);
  }

  std::optional<ir::Value> session_value(const ast::Expr& expr, const std::string& name,
                                         ir::EntityRole role, ir::Value::Kind kind) {
    if (!rules_.session_values) return fail(expr, "'" + name + "' cannot be used here");
    const ir::Entity* entity = context_.schema.entity_with_role(role);
    if (!entity) {
      return fail(expr, "'" + name + "' needs an entity marked '@" +
                            (role == ir::EntityRole::User ? "user" : "organization") + "'");
    }
    if (type_.kind != ir::Type::Kind::Reference || type_.target != entity->qualified) {
      return mismatch(expr, "'" + name + "' (a '" + entity->qualified + "')");
    }
    return value(kind);
  }

  bool is_scalar(ir::ScalarType scalar) const {
    return type_.kind == ir::Type::Kind::Scalar && type_.scalar == scalar;
  }

  std::optional<ir::Value> mismatch(const ast::Expr& expr, const std::string& found) {
    return fail(expr, "expected a value of type '" + type_name(type_) + "', found " + found);
  }

  std::optional<ir::Value> fail(const ast::Expr& expr, std::string message) {
    return fail_at(expr.span, std::move(message));
  }

  std::optional<ir::Value> fail_at(SourceSpan span, std::string message) {
    context_.error(span, std::move(message));
    return std::nullopt;
  }

  Context& context_;
  const ir::Type& type_;
  const ConstantRules& rules_;
};

}  // namespace

std::optional<std::string> number_spelling(const ast::Expr& expr, bool* is_decimal) {
  if (const auto* literal = std::get_if<ast::IntLiteral>(&expr.node)) {
    if (is_decimal) *is_decimal = false;
    return literal->spelling;
  }
  if (const auto* literal = std::get_if<ast::DecimalLiteral>(&expr.node)) {
    if (is_decimal) *is_decimal = true;
    return literal->spelling;
  }
  if (const auto* unary = std::get_if<ast::UnaryExpr>(&expr.node);
      unary && unary->op == ast::UnaryOp::Negate && unary->operand) {
    if (auto inner = number_spelling(*unary->operand, is_decimal)) {
      return inner->front() == '-' ? inner->substr(1) : "-" + *inner;
    }
  }
  return std::nullopt;
}

bool is_constant_syntax(const ast::Expr& expr) {
  if (number_spelling(expr)) return true;
  return std::holds_alternative<ast::NullLiteral>(expr.node) ||
         std::holds_alternative<ast::BoolLiteral>(expr.node) ||
         std::holds_alternative<ast::StringLiteral>(expr.node) ||
         std::holds_alternative<ast::PathExpr>(expr.node) ||
         std::holds_alternative<ast::BuiltinExpr>(expr.node);
}

std::optional<ir::Value> check_constant(Context& context, const ast::Expr& expr,
                                        const ir::Type& type, bool nullable,
                                        const ConstantRules& rules) {
  return ConstantChecker(context, type, rules).check(expr, nullable);
}

}  // namespace lys::sema
