// The header of an app's generated repositories: for each entity, its struct, filter,
// order and repository class.
#include <algorithm>

#include "compiler/emit/cpp/cpp_text.h"
#include "compiler/emit/cpp/cpp_types.h"
#include "compiler/emit/cpp/repository_generator.h"

namespace lys::emit::cpp {

namespace {

// What the member's text holds, for the types C++ sees as a plain string.
std::string member_note(const ir::Field& field) {
  const ir::Type& type = field.type;
  if (type.kind == ir::Type::Kind::Reference) {
    return type.target + (type.soft ? " (soft)" : "") +
           (type.scalar == ir::ScalarType::String ? " code" : " id");
  }
  if (type.kind != ir::Type::Kind::Scalar) return "";
  switch (type.scalar) {
    case ir::ScalarType::Decimal:
      return "decimal(" + std::to_string(type.precision) + ", " + std::to_string(type.scale) +
             ") as text";
    case ir::ScalarType::Uuid:
      return "uuid";
    case ir::ScalarType::Date:
      return "YYYY-MM-DD";
    case ir::ScalarType::DateTime:
      return "RFC 3339, UTC";
    case ir::ScalarType::Json:
      return "JSON text";
    default:
      return "";
  }
}

std::string struct_declaration(const ir::Schema& schema, const ir::Entity& entity) {
  std::vector<std::pair<std::string, std::string>> lines;
  for (const ir::Field& field : entity.fields) {
    std::string doc = doc_comment(field.doc, 2);
    for (std::size_t start = 0; start < doc.size(); start = doc.find('\n', start) + 1) {
      lines.emplace_back(doc.substr(start, doc.find('\n', start) - start), "");
    }
    std::string line = "  " + member_type(schema, field, entity.app) + " " + member_name(field) +
                       member_initializer(schema, field, entity.app) + ";";
    std::string note = member_note(field);
    bool fits = line.size() + 5 + note.size() <= kColumnLimit;
    lines.emplace_back(line, fits ? note : "");
  }
  return doc_comment(entity.doc, 0) + "struct " + entity.name + " {\n" + align_comments(lines) +
         "};\n";
}

bool filterable(const ir::Field& field) {
  if (field.type.kind != ir::Type::Kind::Scalar) return true;
  return field.type.scalar != ir::ScalarType::Bytes && field.type.scalar != ir::ScalarType::Json;
}

std::string filter_declaration(const ir::Schema& schema, const ir::Entity& entity) {
  std::string text = "// Equality conditions for find_many; members left empty do not filter.\n";
  text += "struct " + entity.name + "Filter {\n";
  for (const ir::Field& field : entity.fields) {
    if (!filterable(field)) continue;
    text += "  std::optional<" + value_type(schema, field.type, entity.app) + "> " +
            member_name(field) + ";\n";
  }
  return text + "};\n";
}

std::string order_declaration(const ir::Entity& entity) {
  std::string text =
      "// The columns find_many can order by.\nenum class " + entity.name + "Field {\n";
  for (const ir::Field& field : entity.fields) text += "  " + member_name(field) + ",\n";
  text += "};\n\nstruct " + entity.name + "Order {\n";
  text += "  " + entity.name + "Field field = " + entity.name +
          "Field::" + member_name(entity.fields.front()) + ";\n";
  return text + "  bool descending = false;\n};\n";
}

constexpr const char* kClassBody = R"(
  std::optional<$Row> find_by_id(const std::string& id);
$FindMany

$CreateDoc
  $Row create(const $Row& row);

  // Writes every column of `row` if its version is the current one, bumping
  // version and updated_at. nullopt when no row has its id; throws
  // lys::db::VersionConflict when the version is stale.
  std::optional<$Row> update(const $Row& row);

  // False when no row has this id.
  bool remove(const std::string& id);

  // Inserts `row`, or overwrites the row with its id (bumping its version).
  $Row upsert(const $Row& row);

  // Creates every row in one transaction: all or none.
  std::vector<$Row> insert_many(const std::vector<$Row>& rows);

 private:
  lys::db::Connection& connection_;
};
)";

std::string class_declaration(const ir::Entity& entity) {
  const std::string& row = entity.name;
  std::string find_many = fill("std::vector<" + row + "> find_many(",
                               {"const " + row + "Filter& filter = {}",
                                "const " + row + "Order& order = {}", "lys::db::Page page = {}"},
                               ");", 2);
  std::string create_doc =
      entity.kind == ir::EntityKind::Parametric
          ? "  // Inserts `row` (its id is its code); the database sets created_at,\n"
            "  // updated_at and version."
          : "  // Inserts `row` with a new random id; the database sets created_at,\n"
            "  // updated_at and version.";
  std::string body =
      replace_all(replace_all(kClassBody, "$FindMany", find_many), "$CreateDoc", create_doc);
  return "// The " + entity.table + " table. Values are always bound, never spliced.\n" + "class " +
         row + "Repository {\n public:\n" +
         fill("explicit " + row + "Repository(", {"lys::db::Connection& connection"},
              ") : connection_(connection) {}", 2) +
         "\n" + replace_all(body, "$Row", row);
}

// The standard headers, the enums headers of every app whose enums a member names,
// and the runtime.
std::string includes(const ir::Schema& schema, const std::vector<const ir::Entity*>& entities) {
  std::string text =
      "#include <cstdint>\n#include <optional>\n#include <string>\n#include <vector>\n\n";
  for (const ir::App& app : schema.apps) {
    bool used = std::any_of(entities.begin(), entities.end(), [&](const ir::Entity* entity) {
      return uses_enums_of(*entity, schema, app.name);
    });
    if (used) text += "#include \"" + app.name + "/enums.h\"\n";
  }
  return text + "#include \"lys/db/connection.h\"\n#include \"lys/db/repository.h\"\n";
}

std::string entity_declarations(const ir::Schema& schema, const ir::Entity& entity) {
  return section_heading(entity.name) + "\n" + struct_declaration(schema, entity) + "\n" +
         filter_declaration(schema, entity) + "\n" + order_declaration(entity) + "\n" +
         class_declaration(entity);
}

}  // namespace

std::string repository_header(const ir::Schema& schema, const ir::App& app,
                              const std::vector<const ir::Entity*>& entities) {
  std::string text = banner(schema) + "// The entities of app " + app.name +
                     ": each one's row, filter, order and repository.\n#pragma once\n\n" +
                     includes(schema, entities) + "\nnamespace " + app.name + " {\n";
  for (const ir::Entity* entity : entities) text += "\n" + entity_declarations(schema, *entity);
  return text + "\n}  // namespace " + app.name + "\n";
}

}  // namespace lys::emit::cpp
