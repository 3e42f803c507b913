#include "compiler/emit/cpp/extern_generator.h"

#include "compiler/emit/cpp/cpp_text.h"
#include "compiler/emit/cpp/cpp_types.h"

namespace lys::emit::cpp {

namespace {

bool is_scalar(const ir::Type& type, ir::ScalarType scalar) {
  return type.kind == ir::Type::Kind::Scalar && type.scalar == scalar;
}

std::vector<const ir::NamedOperation*> extern_operations(const ir::Schema& schema) {
  std::vector<const ir::NamedOperation*> operations;
  for (const ir::NamedOperation& operation : schema.operations) {
    if (operation.is_extern) operations.push_back(&operation);
  }
  return operations;
}

// The function's C++ return type: the result's value type (an entity result is its id).
std::string result_type(const ir::Schema& schema, const ir::NamedOperation& operation) {
  std::string type = value_type(schema, operation.result_type, operation.app);
  if (operation.result_shape != ir::ResultShape::Single) type = "std::vector<" + type + ">";
  return operation.result_nullable ? "std::optional<" + type + ">" : type;
}

std::string parameter_type(const ir::Schema& schema, const ir::Parameter& parameter,
                           const std::string& app) {
  std::string type = value_type(schema, parameter.type, app);
  if (parameter.nullable) return "const std::optional<" + type + ">&";
  return type == "std::string" ? "const std::string&" : type;
}

std::string declaration(const ir::Schema& schema, const ir::NamedOperation& operation) {
  std::vector<std::string> parameters = {"lys::api::ExternCall& call"};
  for (const ir::Parameter& parameter : operation.parameters) {
    parameters.push_back(parameter_type(schema, parameter, operation.app) + " " +
                         identifier(parameter.name));
  }
  return doc_comment(operation.doc, 0) +
         fill(result_type(schema, operation) + " " + identifier(snake_name(operation.name)) + "(",
              parameters, ");", 0) +
         "\n";
}

// The expression reading one coerced argument from `call.field`.
std::string argument_value(const ir::Schema& schema, const ir::Parameter& parameter,
                           const std::string& app) {
  std::string value = "argument(call, " + string_literal(parameter.graphql_name) + ")";
  const ir::Type& type = parameter.type;
  std::string read = value + ".text";
  if (type.kind == ir::Type::Kind::Enum) {
    read = "enum_argument<" + enum_type_name(schema, type.target, app) + ">(" + value + ")";
  } else if (is_scalar(type, ir::ScalarType::Bool)) {
    read = value + ".boolean";
  } else if (is_scalar(type, ir::ScalarType::Int)) {
    read = "static_cast<std::int32_t>(" + value + ".integer)";
  } else if (is_scalar(type, ir::ScalarType::Float)) {
    read = value + ".number";
  }
  if (!parameter.nullable) return read;
  std::string optional = "std::optional<" + value_type(schema, type, app) + ">";
  return value + ".is_null() ? " + optional + "() : " + optional + "(" + read + ")";
}

// The JSON of the function's result, named `result`.
std::string result_json(const ir::NamedOperation& operation) {
  const ir::Type& type = operation.result_type;
  bool bare = type.kind == ir::Type::Kind::Scalar &&
              (type.scalar == ir::ScalarType::Int || type.scalar == ir::ScalarType::Float ||
               type.scalar == ir::ScalarType::Bool);
  return bare ? "json(result)" : "json_string(result)";
}

std::string registration(const ir::Schema& schema, const ir::NamedOperation& operation) {
  std::string text = "  registry.add(" + string_literal(operation.graphql_name) + ", " +
                     "[](lys::api::ExternCall& call, std::string& out) -> Outcome {\n";
  text += "    try {\n";
  std::vector<std::string> arguments = {"call"};
  for (const ir::Parameter& parameter : operation.parameters) {
    arguments.push_back(argument_value(schema, parameter, operation.app));
  }
  text +=
      fill("auto result = " + operation.app + "::" + identifier(snake_name(operation.name)) + "(",
           arguments, ");", 6) +
      "\n";
  text += "      out = " + result_json(operation) + ";\n";
  text += "      return std::nullopt;\n    } catch (const lys::graphql::Error& error) {\n";
  return text + "      return error;\n    }\n  });\n";
}

constexpr const char* kHelpers = R"(namespace {

using Outcome = std::optional<lys::graphql::Error>;

const lys::graphql::Value& argument(const lys::api::ExternCall& call, std::string_view name) {
  static const lys::graphql::Value absent;
  const lys::graphql::Value* value = call.field.argument(name);
  return value != nullptr ? *value : absent;
}

template <typename Enum>
[[maybe_unused]] Enum enum_argument(const lys::graphql::Value& value) {
  Enum result{};
  from_string(value.text, result);  // the executor has validated the name
  return result;
}

template <typename Number>
[[maybe_unused]] std::string json(Number value) {
  if constexpr (std::is_same_v<Number, bool>) return value ? "true" : "false";
  return std::to_string(value);
}

[[maybe_unused]] std::string json_string(std::string_view text) {
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') {
      quoted += '\\';
      quoted += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char escape[7];
      std::snprintf(escape, sizeof escape, "\\u%04x", c);
      quoted += escape;
    } else {
      quoted += c;
    }
  }
  return quoted + "\"";
}

}  // namespace
)";

std::string header(const ir::Schema& schema) {
  std::string text = banner(schema) +
                     "// The extern operations: implement each function below. To fail, throw a\n"
                     "// lys::graphql::Error with an API code (BAD_USER_INPUT, CONFLICT, …).\n"
                     "#pragma once\n\n#include <cstdint>\n#include <optional>\n#include <string>\n"
                     "#include <vector>\n\n";
  for (const ir::App& app : schema.apps) {
    for (const ir::Enum& enumeration : schema.enums) {
      if (enumeration.app == app.name) {
        text += "#include \"" + app.name + "/enums.h\"\n";
        break;
      }
    }
  }
  text += "#include \"lys/api/api.h\"\n";
  for (const ir::App& app : schema.apps) {
    std::string declarations;
    for (const ir::NamedOperation* operation : extern_operations(schema)) {
      if (operation->app == app.name) declarations += "\n" + declaration(schema, *operation);
    }
    if (!declarations.empty()) {
      text += "\nnamespace " + app.name + " {\n" + declarations + "\n}  // namespace " + app.name +
              "\n";
    }
  }
  return text +
         "\nnamespace lys_generated {\n\n// Every extern operation, by GraphQL name.\n"
         "lys::api::ExternRegistry lys_externs();\n\n}  // namespace lys_generated\n";
}

std::string source(const ir::Schema& schema) {
  std::string text = banner(schema) +
                     "#include \"externs.h\"\n\n#include <cstdio>\n#include <string_view>\n"
                     "#include <type_traits>\n\nnamespace lys_generated {\n\n" +
                     kHelpers + "\nlys::api::ExternRegistry lys_externs() {\n" +
                     "  lys::api::ExternRegistry registry;\n";
  for (const ir::NamedOperation* operation : extern_operations(schema)) {
    text += registration(schema, *operation);
  }
  return text + "  return registry;\n}\n\n}  // namespace lys_generated\n";
}

}  // namespace

void ExternGenerator::generate(const ir::Schema& schema, OutputSink& out) const {
  out.write("cpp/externs.h", header(schema));
  out.write("cpp/externs.cpp", source(schema));
}

}  // namespace lys::emit::cpp
