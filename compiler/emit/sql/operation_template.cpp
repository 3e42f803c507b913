#include "compiler/emit/sql/operation_template.h"

#include <algorithm>

namespace lys::emit::sql {

namespace {

std::string row_alias(std::size_t depth) {
  return depth == 0 ? "{row}" : "{row}_" + std::to_string(depth);
}

// `alias.column` of the path's last step, through one scalar subquery per reference.
std::string field_template(const ir::Schema& schema, const ir::Entity& entity,
                           const std::vector<std::string>& path, std::size_t depth) {
  const ir::Field* field = entity.find_field(path[depth]);
  std::string column = row_alias(depth) + "." + identifier(field ? field->column : path[depth]);
  const ir::Entity* target = field ? schema.find_entity(field->type.target) : nullptr;
  if (depth + 1 == path.size() || target == nullptr) return column;
  std::string inner = row_alias(depth + 1);
  return "(SELECT " + field_template(schema, *target, path, depth + 1) + " FROM " +
         identifier(target->table) + " " + inner + " WHERE " + inner + ".id = " + column + ")";
}

const ir::Parameter* find_parameter(const std::vector<ir::Parameter>& parameters,
                                    const std::string& name) {
  auto it = std::find_if(parameters.begin(), parameters.end(),
                         [&](const ir::Parameter& parameter) { return parameter.name == name; });
  return it == parameters.end() ? nullptr : &*it;
}

}  // namespace

std::string operation_template(const ir::Expr& expr, const SqlSyntax& syntax,
                               const ir::Schema& schema, const ir::Entity& row,
                               const std::vector<ir::Parameter>& parameters) {
  ExpressionStyle style;
  style.field = [&](const std::vector<std::string>& path) {
    return field_template(schema, row, path, 0);
  };
  style.argument = [&](const std::string& name) {
    const ir::Parameter* parameter = find_parameter(parameters, name);
    return "{arg:" + std::to_string(parameter ? parameter - parameters.data() : -1) + "}";
  };
  style.optional_argument = [&](const std::string& name) {
    const ir::Parameter* parameter = find_parameter(parameters, name);
    return parameter != nullptr && parameter->nullable;
  };
  style.session = [](ir::Value::Kind session_value) {
    return session_value == ir::Value::Kind::CurrentUser ? "{user}" : "{org}";
  };
  style.escape_braces = true;
  return expression(expr, syntax, style);
}

}  // namespace lys::emit::sql
