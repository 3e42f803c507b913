#include "compiler/emit/cpp/model_generator.h"

#include "compiler/emit/cpp/cpp_text.h"
#include "compiler/emit/cpp/model_text.h"

namespace lys::emit::cpp {

namespace {

std::string model_header(const ir::Schema& schema) {
  return banner(schema) + R"(// The runtime model of the schema, for lys::server::run.
#pragma once

#include "lys/model/model.h"

namespace lys_generated {

const lys::model::Model& lys_model();

}  // namespace lys_generated
)";
}

constexpr const char* kPreamble = R"(#include "model.h"

// The initialisers below name only the members that differ from model.h's defaults.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace lys_generated {

namespace {

using lys::model::Assignment;
using lys::model::DefaultKind;
using lys::model::Entity;
using lys::model::FixtureSet;
using lys::model::FixtureValue;
using lys::model::Implicit;
using lys::model::Kind;
using lys::model::Model;
using lys::model::NamedOperation;
using lys::model::PrincipalKind;
using lys::model::ResultShape;
using lys::model::Rule;

constexpr int kSqlite = static_cast<int>(lys::db::Dialect::Sqlite);
constexpr int kPostgres = static_cast<int>(lys::db::Dialect::Postgres);

[[maybe_unused]] FixtureValue text(int field, std::string value) {
  return {.field = field, .text = std::move(value)};
}

[[maybe_unused]] FixtureValue ref(int field, int entity, std::string key) {
  return {.field = field, .ref_entity = entity, .ref_key = std::move(key)};
}
)";

// Named indexes into Model::entities, so references read `.target = kCatalogProduct`.
std::string entity_indexes(const ir::Schema& schema) {
  std::string text = "// Indexes into Model::entities.\nenum EntityIndex : int {\n";
  for (const ir::Entity& entity : schema.entities) {
    text += "  " + entity_index_name(entity) + ",\n";
  }
  return text + "};\n";
}

// A raw string literal whose delimiter does not occur in the text.
std::string raw_literal(const std::string& text) {
  std::string delimiter = "sdl";
  while (text.find(")" + delimiter + "\"") != std::string::npos) delimiter += "_";
  return "R\"" + delimiter + "(" + text + ")" + delimiter + "\"";
}

// model.access: the entities permissions read, and the membership's fields.
std::string access_lines(const ir::Schema& schema) {
  std::vector<std::string> items;
  auto add_entity = [&](const char* member, ir::EntityRole role) {
    const ir::Entity* entity = schema.entity_with_role(role);
    if (entity != nullptr)
      items.push_back(std::string(".") + member + " = " + entity_index_name(*entity));
    return entity;
  };
  add_entity("user", ir::EntityRole::User);
  add_entity("organization", ir::EntityRole::Organization);
  const ir::Entity* membership = add_entity("membership", ir::EntityRole::Membership);
  if (membership != nullptr) {
    // The membership's references to the user, organization and org-role entities.
    auto field_to = [&](const char* member, ir::EntityRole role) {
      const ir::Entity* target = schema.entity_with_role(role);
      for (std::size_t i = 0; i < membership->fields.size() && target != nullptr; ++i) {
        const ir::Type& type = membership->fields[i].type;
        if (type.kind == ir::Type::Kind::Reference && type.target == target->qualified) {
          items.push_back(std::string(".") + member + " = " + std::to_string(i));
          return;
        }
      }
    };
    field_to("membership_user", ir::EntityRole::User);
    field_to("membership_organization", ir::EntityRole::Organization);
    field_to("membership_role", ir::EntityRole::OrgRole);
  }
  if (items.empty()) return "";
  return fill("model.access = {", items, "};", 2, Wrap::OnePerLine) + "\n";
}

std::string build_model_function(const ir::Schema& schema) {
  std::string text = "Model build_model() {\n  Model model;\n  model.sdl = kSdl;\n";
  text += access_lines(schema);
  for (const ir::Entity& entity : schema.entities) {
    text += "  model.entities.push_back(" + entity_function_name(entity) + "());\n";
  }
  for (const ir::NamedOperation& operation : schema.operations) {
    text += "  model.operations.push_back(" + operation_function_name(operation) + "());\n";
  }
  std::vector<std::string> fixtures = fixtures_function_names(schema);
  for (std::size_t i = 0; i < fixtures.size(); ++i) {
    if (schema.find_entity(schema.fixtures[i].entity) == nullptr) continue;
    text += "  model.fixtures.push_back(" + fixtures[i] + "());\n";
  }
  return text + "  return model;\n}\n";
}

std::string model_source(const ir::Schema& schema, const std::string& sdl) {
  std::string text = banner(schema) + kPreamble + "\n" + entity_indexes(schema);
  graphql::InverseConnections inverse(schema);
  for (const ir::Entity& entity : schema.entities) {
    text += "\n" + entity_function(schema, entity, inverse);
  }
  for (const ir::NamedOperation& operation : schema.operations) {
    text += "\n" + operation_function(schema, operation);
  }
  std::vector<std::string> fixtures = fixtures_function_names(schema);
  for (std::size_t i = 0; i < fixtures.size(); ++i) {
    std::string function = fixtures_function(schema, schema.fixtures[i], fixtures[i]);
    if (!function.empty()) text += "\n" + function;
  }
  text += "\n// The GraphQL schema, as `lysc sdl` prints it.\nconstexpr const char* kSdl =\n    " +
          raw_literal(sdl) + ";\n";
  text += "\n" + build_model_function(schema) + "\n}  // namespace\n";
  return text + R"(
const lys::model::Model& lys_model() {
  static const Model model = build_model();
  return model;
}

}  // namespace lys_generated
)";
}

}  // namespace

void ModelGenerator::generate(const ir::Schema& schema, OutputSink& out) const {
  out.write("cpp/model.h", model_header(schema));
  out.write("cpp/model.cpp", model_source(schema, sdl_->of(schema)));
}

}  // namespace lys::emit::cpp
