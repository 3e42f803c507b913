// Root connections and named queries: the schema's `where` template with the
// operation's arguments bound, its `order`, and its result shape.
#include <stdexcept>

#include "lys/query/global_id.h"
#include "lys/query/planner.h"
#include "query/compiler.h"
#include "query/scalar_text.h"

namespace lys::query {

namespace {

using model::Kind;

db::Param argument_param(const graphql::Value* value, const model::Parameter& parameter,
                         const model::Model& model) {
  if (!value || value->is_null()) return nullptr;
  switch (parameter.kind) {
    case Kind::Bool:
      return value->boolean;
    case Kind::Int:
      return value->integer;
    case Kind::Float:
      return value->kind == graphql::Value::Kind::Int ? static_cast<double>(value->integer)
                                                      : value->number;
    case Kind::Reference: {
      if (parameter.target < 0) return value->text;
      const model::Entity& target = model.entities[static_cast<std::size_t>(parameter.target)];
      std::optional<GlobalId> id = decode_global_id(value->text);
      if (!id || id->type != target.graphql_name ||
          !valid_scalar_text(target.fields[0].kind, id->raw_id)) {
        throw InputError("'" + parameter.graphql_name + "' expects the id of a " +
                         target.graphql_name);
      }
      return id->raw_id;
    }
    default:
      if (!valid_scalar_text(parameter.kind, value->text)) {
        throw InputError("invalid value for '" + parameter.graphql_name + "'");
      }
      return value->text;
  }
}

Kind parameter_kind(const model::Parameter& parameter, const model::Model& model) {
  if (parameter.kind != Kind::Reference) return parameter.kind;
  if (parameter.target < 0) return Kind::Text;
  return model.entities[static_cast<std::size_t>(parameter.target)].fields[0].kind;
}

}  // namespace

void Compiler::root_connection(const model::Entity& entity, const graphql::FieldSelection& field) {
  w_ << "SELECT ";
  connection(
      entity, field, [](const std::string&, std::vector<std::string>&) {}, {}, true);
}

Scope Compiler::operation_scope(const model::NamedOperation& operation,
                                const graphql::FieldSelection& field) {
  const model::Entity& entity = model_.entities[static_cast<std::size_t>(operation.result_entity)];
  return [this, &operation, &field, &entity](const std::string& alias,
                                             std::vector<std::string>& conditions) {
    // Every argument is bound before any use, in the operation's order: templates
    // (rules, `where`) only add text, which a plan-cache hit skips.
    std::vector<std::string> placeholders;
    placeholders.reserve(operation.parameters.size());
    for (const model::Parameter& parameter : operation.parameters) {
      placeholders.push_back(w_.bind_placeholder(
          argument_param(field.argument(parameter.graphql_name), parameter, model_),
          parameter_kind(parameter, model_)));
    }
    auto argument = [&](std::size_t index) {
      if (index >= placeholders.size()) {
        throw std::logic_error("bad argument in the template of " + operation.graphql_name);
      }
      return placeholders[index];
    };
    allowed_rows(entity, operation.rules, alias, conditions, argument);
    const std::string& where = operation.where_sql[static_cast<int>(sql_.dialect())];
    if (where.empty() || !w_.writing()) return;
    conditions.push_back("(" + access::expand_template(where, {alias, &session_params_, argument}) +
                         ")");
  };
}

void Compiler::named_query(const model::NamedOperation& operation,
                           const graphql::FieldSelection& field) {
  const model::Entity& entity = model_.entities[static_cast<std::size_t>(operation.result_entity)];
  Scope scope = operation_scope(operation, field);
  w_ << "SELECT ";
  switch (operation.shape) {
    case model::ResultShape::Connection:
      connection(entity, field, scope, operation.order, false);
      break;
    case model::ResultShape::List:
      list(entity, scope, operation.order, field.selection);
      break;
    case model::ResultShape::Single: {
      std::string alias = w_.alias();
      std::vector<std::string> conditions;
      scope(alias, conditions);
      access_conditions(entity, alias, conditions);
      graphql::FieldSelection no_arguments;
      std::string order = order_by(alias, order_keys(entity, no_arguments, operation.order), false);
      std::string joins;
      std::string row =
          w_.capture([&] { object(entity, alias, fields_for(field.selection, entity), joins); });
      w_ << sql_.nested("(SELECT " + row + " FROM " + table(entity) + " " + alias + joins +
                        where_clause(conditions) + " ORDER BY " + order + " LIMIT 1)");
      break;
    }
  }
}

}  // namespace lys::query
