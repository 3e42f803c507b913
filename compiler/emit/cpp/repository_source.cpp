// The source of an app's generated repositories: for each entity, the SQL constants of
// both dialects and the member functions binding and reading the row.
#include <algorithm>

#include "compiler/emit/cpp/cpp_text.h"
#include "compiler/emit/cpp/cpp_types.h"
#include "compiler/emit/cpp/repository_generator.h"
#include "compiler/emit/cpp/repository_sql.h"
#include "compiler/emit/sql/sql_text.h"

namespace lys::emit::cpp {

namespace {

std::string statement_member(const std::string& name, const std::string& sql) {
  if (sql.find('\n') == std::string::npos) {
    std::string one_line = "    ." + name + " = " + string_literal(sql) + ",";
    if (one_line.size() <= kColumnLimit) return one_line + "\n";
  }
  return "    ." + name + " =\n        " + wrapped_literal(sql, 8) + ",\n";
}

constexpr const char* kStatementsStruct =
    R"(// The statements of one dialect. Every SELECT and RETURNING reads the columns in
// table order, in the form read_row expects.
struct Statements {
  const char* select;
  const char* find_by_id;
  const char* insert;
  const char* update;
  const char* upsert;
  const char* remove;
  const char* version;
};
)";

std::string statements_constants(const ir::Entity& entity) {
  std::string text;
  for (const auto& dialect : repository_dialects()) {
    RepositorySql sql = repository_sql(entity, *dialect);
    text += "constexpr Statements k" + dialect->name() + " = {\n" +
            statement_member("select", sql.select) +
            statement_member("find_by_id", sql.find_by_id) +
            statement_member("insert", sql.insert) + statement_member("update", sql.update) +
            statement_member("upsert", sql.upsert) + statement_member("remove", sql.remove) +
            statement_member("version", sql.version) + "};\n\n";
  }
  return text + "constexpr const char* kTable = " + string_literal(entity.table) + ";\n" + R"(
const Statements& statements(const lys::db::Connection& connection) {
  return connection.dialect() == lys::db::Dialect::Postgres ? kPostgres : kSqlite;
}
)";
}

std::string columns_constant(const ir::Entity& entity) {
  std::vector<std::string> columns;
  for (const ir::Field& field : entity.fields) {
    columns.push_back(string_literal(sql::identifier(field.column)));
  }
  return "// By " + entity.name + "Field.\n" +
         fill("constexpr const char* kColumns[] = {", columns, "};", 0, Wrap::OnePerLine) + "\n";
}

std::string read_row_function(const ir::Entity& entity) {
  std::string text = entity.name + " read_row(const lys::db::Rows& rows, std::size_t index) {\n  " +
                     entity.name + " row;\n";
  for (std::size_t i = 0; i < entity.fields.size(); ++i) {
    text += "  lys::db::read_cell(rows, index, " + std::to_string(i) + ", row." +
            member_name(entity.fields[i]) + ");\n";
  }
  return text + "  return row;\n}\n";
}

std::string written_values_function(const ir::Entity& entity) {
  std::vector<std::string> values;
  for (const ir::Field* field : written_fields(entity)) {
    values.push_back("lys::db::to_param(row." + member_name(*field) + ")");
  }
  return "// $1..$n of insert, update and upsert: the written columns in table order.\n" +
         std::string("std::vector<lys::db::Param> written_values(const ") + entity.name +
         "& row) {\n" + fill("return {", values, "};", 2, Wrap::OnePerLine) + "\n}\n";
}

std::string filter_function(const ir::Schema& schema, const ir::Entity& entity) {
  std::string text = "// `WHERE column = $n AND …` for the filter's members that are set.\n";
  text += fill("std::string where_clause(",
               {"const " + entity.name + "Filter& filter", "std::vector<lys::db::Param>& params"},
               ") {", 0) +
          "\n";
  text += "  std::string clause;\n";
  text += "  auto equals = [&](const char* column, lys::db::Param value) {\n";
  text += "    params.push_back(std::move(value));\n";
  text +=
      "    clause += (clause.empty() ? \" WHERE \" : \" AND \") + std::string(column) + \" = $\" "
      "+\n";
  text += "              std::to_string(params.size());\n  };\n";
  (void)schema;
  for (const ir::Field& field : entity.fields) {
    if (field.type.kind == ir::Type::Kind::Scalar &&
        (field.type.scalar == ir::ScalarType::Bytes || field.type.scalar == ir::ScalarType::Json)) {
      continue;
    }
    std::string member = member_name(field);
    text += "  if (filter." + member + ") equals(" + string_literal(sql::identifier(field.column)) +
            ", lys::db::to_param(*filter." + member + "));\n";
  }
  return text + "  return clause;\n}\n";
}

// The namespace of an entity's helpers in its app's source: "product_category_sql".
std::string helpers_namespace(const ir::Entity& entity) {
  return snake_name(entity.name) + "_sql";
}

constexpr const char* kFindBody = R"(
  using namespace $Helpers;
  const lys::db::Param params[] = {id};
  lys::db::Rows rows = connection_.query(statements(connection_).find_by_id, params);
  if (rows.empty()) return std::nullopt;
  return read_row(rows, 0);
}
)";

constexpr const char* kFindManyBody = R"(
  using namespace $Helpers;
  std::vector<lys::db::Param> params;
  std::string sql = statements(connection_).select + where_clause(filter, params);
  sql += std::string(" ORDER BY ") + kColumns[static_cast<int>(order.field)] +
         (order.descending ? " DESC" : "") + ", id";
  params.push_back(page.limit);
  params.push_back(page.offset);
  sql += " LIMIT $" + std::to_string(params.size() - 1);
  sql += " OFFSET $" + std::to_string(params.size());
  lys::db::Rows rows = connection_.query(sql, params);
  std::vector<$Row> found;
  found.reserve(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) found.push_back(read_row(rows, i));
  return found;
}
)";

constexpr const char* kUpdateBody = R"(
  using namespace $Helpers;
  std::vector<lys::db::Param> params = written_values(row);
  params.push_back(lys::db::to_param(row.version));
  lys::db::Rows rows = connection_.query(statements(connection_).update, params);
  if (!rows.empty()) return read_row(rows, 0);
  const lys::db::Param id[] = {row.id};
  if (connection_.query(statements(connection_).version, id).empty()) return std::nullopt;
  throw lys::db::VersionConflict(kTable, row.id);
}
)";

constexpr const char* kRemoveBody = R"(
  using namespace $Helpers;
  const lys::db::Param params[] = {id};
  return !connection_.query(statements(connection_).remove, params).empty();
}
)";

constexpr const char* kInsertManyBody = R"(
  lys::db::Transaction transaction(connection_);
  std::vector<$Row> created;
  created.reserve(rows.size());
  for (const $Row& row : rows) created.push_back(create(row));
  transaction.commit();
  return created;
}
)";

// `copy` is the local the body fills and writes with `statement`; entities get a new
// random id (create: always; upsert: when the row has none).
std::string write_body(const std::string& copy, const std::string& new_id,
                       const std::string& statement) {
  return "\n  using namespace $Helpers;\n  $Row " + copy + " = row;\n" + new_id +
         "  lys::db::Rows rows = connection_.query(" + "statements(connection_)." + statement +
         ", written_values(" + copy + "));\n" + "  return read_row(rows, 0);\n}\n";
}

std::string signature(const std::string& head, std::vector<std::string> parameters,
                      const std::string& row) {
  for (std::string& parameter : parameters) parameter = replace_all(parameter, "$Row", row);
  return fill(replace_all(head, "$Row", row) + "(", parameters, ") {", 0);
}

std::string member_functions(const ir::Entity& entity) {
  const std::string& row = entity.name;
  bool parametric = entity.kind == ir::EntityKind::Parametric;
  std::string create_id = parametric ? "" : "  created.id = lys::db::random_uuid();\n";
  std::string upsert_id =
      parametric ? "" : "  if (stored.id.empty()) stored.id = lys::db::random_uuid();\n";
  std::string text =
      signature("std::optional<$Row> $RowRepository::find_by_id", {"const std::string& id"}, row) +
      kFindBody + "\n" +
      signature("std::vector<$Row> $RowRepository::find_many",
                {"const $RowFilter& filter", "const $RowOrder& order", "lys::db::Page page"}, row) +
      kFindManyBody + "\n" + signature("$Row $RowRepository::create", {"const $Row& row"}, row) +
      write_body("created", create_id, "insert") + "\n" +
      signature("std::optional<$Row> $RowRepository::update", {"const $Row& row"}, row) +
      kUpdateBody + "\n" +
      signature("bool $RowRepository::remove", {"const std::string& id"}, row) + kRemoveBody +
      "\n" + signature("$Row $RowRepository::upsert", {"const $Row& row"}, row) +
      write_body("stored", upsert_id, "upsert") + "\n" +
      signature("std::vector<$Row> $RowRepository::insert_many", {"const std::vector<$Row>& rows"},
                row) +
      kInsertManyBody;
  return replace_all(replace_all(text, "$Row", row), "$Helpers", helpers_namespace(entity));
}

// An entity's section: its helpers, in a namespace of their own since every entity has
// a read_row and a kSqlite, then its repository's member functions.
std::string entity_definitions(const ir::Schema& schema, const ir::Entity& entity) {
  std::string helpers = helpers_namespace(entity);
  return section_heading(entity.name) + "\nnamespace {\nnamespace " + helpers + " {\n\n" +
         statements_constants(entity) + "\n" + columns_constant(entity) + "\n" +
         read_row_function(entity) + "\n" + written_values_function(entity) + "\n" +
         filter_function(schema, entity) + "\n}  // namespace " + helpers +
         "\n}  // namespace\n\n" + member_functions(entity);
}

}  // namespace

std::string repository_source(const ir::Schema& schema, const ir::App& app,
                              const std::vector<const ir::Entity*>& entities) {
  std::string text =
      banner(schema) + "#include \"" + app_path(app) + ".h\"\n\n#include <utility>\n\n";
  bool creates_ids = std::any_of(entities.begin(), entities.end(), [](const ir::Entity* entity) {
    return entity->kind == ir::EntityKind::Entity;
  });
  if (creates_ids) text += "#include \"lys/db/ids.h\"\n\n";
  text +=
      "namespace " + app.name + " {\n\nnamespace {\n\n" + kStatementsStruct + "\n}  // namespace\n";
  for (const ir::Entity* entity : entities) text += "\n" + entity_definitions(schema, *entity);
  return text + "\n}  // namespace " + app.name + "\n";
}

void RepositoryGenerator::generate(const ir::Schema& schema, OutputSink& out) const {
  for (const ir::App& app : schema.apps) {
    std::vector<const ir::Entity*> entities;
    for (const ir::Entity& entity : schema.entities) {
      if (entity.app == app.name) entities.push_back(&entity);
    }
    if (entities.empty()) continue;
    out.write("cpp/" + app_path(app) + ".h", repository_header(schema, app, entities));
    out.write("cpp/" + app_path(app) + ".cpp", repository_source(schema, app, entities));
  }
}

}  // namespace lys::emit::cpp
