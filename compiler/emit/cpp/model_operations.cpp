// The named-operation and fixture functions of cpp/model.cpp.
#include <algorithm>

#include "compiler/emit/cpp/cpp_text.h"
#include "compiler/emit/cpp/model_generator.h"
#include "compiler/emit/cpp/model_text.h"

namespace lys::emit::cpp {

namespace {

std::string shape_name(ir::ResultShape shape) {
  switch (shape) {
    case ir::ResultShape::Single:
      return "Single";
    case ir::ResultShape::List:
      return "List";
    case ir::ResultShape::Connection:
      return "Connection";
  }
  return "Single";
}

std::vector<std::string> parameter_items(const ir::Schema& schema, const ir::Parameter& parameter) {
  std::vector<std::string> items = {
      ".name = " + string_literal(parameter.name),
      ".graphql_name = " + string_literal(parameter.graphql_name),
      ".kind = " + model_kind(parameter.type),
  };
  if (parameter.type.kind == ir::Type::Kind::Reference) {
    items.push_back(".target = " + entity_index_of(schema, parameter.type.target));
  }
  if (parameter.nullable) items.push_back(".nullable = true");
  return items;
}

std::vector<std::string> header_items(const ir::Schema& schema,
                                      const ir::NamedOperation& operation) {
  std::vector<std::string> items = {".graphql_name = " + string_literal(operation.graphql_name)};
  if (operation.kind == ir::OperationKind::Mutation) items.push_back(".mutation = true");
  if (operation.is_extern) items.push_back(".is_extern = true");
  if (operation.result_shape != ir::ResultShape::Single) {
    items.push_back(".shape = ResultShape::" + shape_name(operation.result_shape));
  }
  if (operation.result_type.kind == ir::Type::Kind::Reference) {
    items.push_back(".result_entity = " + entity_index_of(schema, operation.result_type.target));
  } else {
    items.push_back(".result_kind = " + model_kind(operation.result_type));
  }
  if (operation.result_nullable) items.push_back(".result_nullable = true");
  if (operation.deletes) items.push_back(".deletes = true");
  return items;
}

std::string parameters_block(const ir::Schema& schema, const ir::NamedOperation& operation) {
  if (operation.parameters.empty()) return "";
  std::string text = "  operation.parameters = {\n";
  for (const ir::Parameter& parameter : operation.parameters) {
    text += fill("{", parameter_items(schema, parameter), "},", 6, Wrap::OnePerLine) + "\n";
  }
  return text + "  };\n";
}

// The entity a template's `{row}` is: the result rows of a query, the target row of a
// mutation.
const ir::Entity* row_entity(const ir::Schema& schema, const ir::NamedOperation& operation) {
  if (operation.kind == ir::OperationKind::Mutation) {
    for (const ir::Parameter& parameter : operation.parameters) {
      if (parameter.name == operation.target_parameter) {
        return schema.find_entity(parameter.type.target);
      }
    }
  }
  return schema.find_entity(operation.result_type.target);
}

std::string order_line(const ir::Entity& row, const ir::NamedOperation& operation) {
  if (operation.order.empty()) return "";
  std::vector<std::string> terms;
  for (const ir::OrderTerm& term : operation.order) {
    std::string field = std::to_string(field_index(row, term.path.front()));
    terms.push_back(term.descending ? "{" + field + ", true}" : "{" + field + "}");
  }
  return fill("operation.order = {", terms, "};", 2) + "\n";
}

std::string target_line(const ir::NamedOperation& operation) {
  const auto& parameters = operation.parameters;
  auto target = std::find_if(parameters.begin(), parameters.end(), [&](const ir::Parameter& p) {
    return p.name == operation.target_parameter;
  });
  if (target == parameters.end()) return "";
  return "  operation.target_parameter = " + std::to_string(target - parameters.begin()) + ";\n";
}

std::string assignments_block(const ir::Schema& schema, const ir::Entity& row,
                              const ir::NamedOperation& operation) {
  std::string text;
  for (const ir::Assignment& assignment : operation.assignments) {
    text += "  {\n    Assignment& assignment = operation.assignments.emplace_back();\n";
    text += "    assignment.field = " + std::to_string(field_index(row, assignment.field)) +
            ";  // " + assignment.field + "\n";
    text += template_lines("assignment.value_sql", assignment.value, schema, row,
                           operation.parameters, 4);
    text += "  }\n";
  }
  return text;
}

std::string fixture_value(const ir::Schema& schema, const ir::Entity& entity,
                          const std::pair<std::string, ir::Value>& field_value) {
  const auto& [field, value] = field_value;
  std::string index = std::to_string(field_index(entity, field));
  if (value.kind == ir::Value::Kind::Null) {
    return "FixtureValue::null_of(" + index + ")";
  }
  if (value.kind == ir::Value::Kind::FixtureRef) {
    return "ref(" + index + ", " + entity_index_of(schema, value.target) + ", " +
           string_literal(value.text) + ")";
  }
  return "text(" + index + ", " + string_literal(constant_text(value)) + ")";
}

}  // namespace

std::string operation_function_name(const ir::NamedOperation& operation) {
  return qualified_snake_name(operation.app, operation.name);
}

std::string operation_function(const ir::Schema& schema, const ir::NamedOperation& operation) {
  std::string text = "// " + operation.app + "." + operation.name + "\n" + "NamedOperation " +
                     operation_function_name(operation) + "() {\n";
  text += fill("NamedOperation operation{", header_items(schema, operation), "};", 2,
               Wrap::OnePerLine) +
          "\n";
  text += parameters_block(schema, operation);
  text += target_line(operation);
  const ir::Entity* row = row_entity(schema, operation);
  if (row != nullptr) {
    if (operation.condition) {
      text += template_lines("operation.where_sql", *operation.condition, schema, *row,
                             operation.parameters, 2);
    }
    text += order_line(*row, operation);
    text += assignments_block(schema, *row, operation);
  }
  // An extern operation's rules name no row.
  static const ir::Entity kNoRow;
  text += rules_block("operation.rules", operation.rules, std::nullopt, schema,
                      row != nullptr ? *row : kNoRow, operation.parameters);
  return text + "  return operation;\n}\n";
}

std::vector<std::string> fixtures_function_names(const ir::Schema& schema) {
  std::vector<std::string> names;
  for (const ir::FixtureSet& fixtures : schema.fixtures) {
    std::size_t dot = fixtures.entity.find('.');
    std::string name =
        qualified_snake_name(fixtures.entity.substr(0, dot), fixtures.entity.substr(dot + 1)) +
        "_fixtures";
    auto same = std::count_if(names.begin(), names.end(), [&](const std::string& earlier) {
      return earlier == name || earlier.starts_with(name + "_");
    });
    names.push_back(same == 0 ? name : name + "_" + std::to_string(same + 1));
  }
  return names;
}

std::string fixtures_function(const ir::Schema& schema, const ir::FixtureSet& fixtures,
                              const std::string& name) {
  const ir::Entity* entity = schema.find_entity(fixtures.entity);
  if (entity == nullptr) return "";
  std::vector<std::string> environments;
  for (const std::string& environment : fixtures.environments) {
    environments.push_back(string_literal(environment));
  }
  std::string text = "FixtureSet " + name + "() {\n";
  text += "  FixtureSet set{.entity = " + entity_index_name(*entity) + "};\n";
  if (!environments.empty()) text += fill("set.environments = {", environments, "};", 2) + "\n";
  text += "  set.records = {\n";
  for (const ir::FixtureRecord& record : fixtures.records) {
    std::vector<std::string> values;
    for (const auto& field_value : record.values) {
      values.push_back(fixture_value(schema, *entity, field_value));
    }
    text +=
        fill("{" + string_literal(record.key) + ", {", values, "}},", 6, Wrap::OnePerLine) + "\n";
  }
  return text + "  };\n  return set;\n}\n";
}

}  // namespace lys::emit::cpp
