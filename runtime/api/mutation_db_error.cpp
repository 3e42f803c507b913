#include "api/mutation_db_error.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <vector>

#include "api/mutation_error.h"

namespace lys::api {

namespace {

constexpr std::string_view kMissingReference = "names a record that does not exist";

const model::Field* field_by_column(const model::Entity& entity, std::string_view column) {
  // SQLite names columns "table.column".
  std::size_t dot = column.rfind('.');
  if (dot != std::string_view::npos) column.remove_prefix(dot + 1);
  for (const model::Field& field : entity.fields) {
    if (field.column == column || field.name == column) return &field;
  }
  return nullptr;
}

// "uq_t_a_b" (PostgreSQL) or "t.a, t.b" (SQLite) → the unique index it denotes.
const model::UniqueIndex* violated_index(const model::Entity& entity, std::string_view constraint) {
  std::set<std::string> columns;
  for (std::size_t start = 0; start < constraint.size();) {
    std::size_t comma = std::min(constraint.find(',', start), constraint.size());
    std::string_view part = constraint.substr(start, comma - start);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    if (const model::Field* field = field_by_column(entity, part)) columns.insert(field->column);
    start = comma + 1;
  }
  for (const model::UniqueIndex& index : entity.unique_indexes) {
    if (index.name == constraint) return &index;
    std::set<std::string> index_columns;
    for (int field : index.fields) {
      index_columns.insert(entity.fields[static_cast<std::size_t>(field)].column);
    }
    if (!columns.empty() && index_columns == columns) return &index;
  }
  return nullptr;
}

// The fields a constraint named `<prefix>_<table>_<fields…>` names, in its order:
// "ck_catalog_product_published_at_status" → published_at, status.
std::vector<const model::Field*> named_fields(const model::Entity& entity,
                                              std::string_view constraint,
                                              std::string_view prefix) {
  std::string head = fmt::format("{}_{}_", prefix, entity.table);
  std::vector<const model::Field*> fields;
  if (constraint.substr(0, head.size()) != head) return fields;
  std::string_view rest = constraint.substr(head.size());
  while (!rest.empty()) {
    // The longest field name or column the rest starts with, followed by '_' or the end.
    const model::Field* best = nullptr;
    std::size_t best_size = 0;
    for (const model::Field& field : entity.fields) {
      for (const std::string& name : {field.name, field.column}) {
        if (name.size() > best_size && rest.substr(0, name.size()) == name &&
            (rest.size() == name.size() || rest[name.size()] == '_')) {
          best = &field;
          best_size = name.size();
        }
      }
    }
    if (best == nullptr) return {};
    fields.push_back(best);
    rest.remove_prefix(std::min(rest.size(), best_size + 1));
  }
  return fields;
}

std::string quoted_names(const std::vector<const model::Field*>& fields) {
  std::vector<std::string> names;
  for (const model::Field* field : fields)
    names.push_back(fmt::format("'{}'", field->graphql_name));
  return fmt::format("{}", fmt::join(names, ", "));
}

// The input path of the first field, when input fields are reported and the field is
// one the caller could have given.
std::string field_path(const std::vector<const model::Field*>& fields,
                       const std::optional<std::string>& input_prefix) {
  if (!input_prefix || fields.empty() || fields.front()->hidden) return {};
  return *input_prefix + fields.front()->graphql_name;
}

[[noreturn]] void throw_unique(const model::Entity& entity, const db::Error& error) {
  if (error.constraint() == "pk_" + entity.table ||
      error.constraint() == entity.fields.front().column) {
    throw_conflict(fmt::format("a {} with this {} already exists", entity.graphql_name,
                               entity.parametric ? "code" : "id"));
  }
  const model::UniqueIndex* index = violated_index(entity, error.constraint());
  if (index == nullptr) {
    throw_conflict(fmt::format("another {} has the same unique values", entity.graphql_name));
  }
  std::vector<const model::Field*> fields;
  for (int field : index->fields) fields.push_back(&entity.fields[static_cast<std::size_t>(field)]);
  throw_conflict(
      fmt::format("another {} has the same {}", entity.graphql_name, quoted_names(fields)));
}

[[noreturn]] void throw_bad_row(const model::Entity& entity,
                                std::vector<const model::Field*> fields,
                                const std::optional<std::string>& input_prefix,
                                std::string_view problem) {
  if (fields.empty()) {
    throw_bad_input({}, fmt::format("the {} violates a constraint", entity.graphql_name));
  }
  throw_bad_input(field_path(fields, input_prefix),
                  fmt::format("{} {}", quoted_names(fields), problem));
}

}  // namespace

void throw_missing_reference(const model::Field& field,
                             const std::optional<std::string>& input_prefix) {
  throw_bad_input(field_path({&field}, input_prefix),
                  fmt::format("'{}' {}", field.graphql_name, kMissingReference));
}

void throw_constraint_error(const model::Entity& entity, const db::Error& error, WriteKind write,
                            const std::optional<std::string>& input_prefix) {
  const std::string& constraint = error.constraint();
  switch (error.kind()) {
    case db::ErrorKind::UniqueViolation:
      throw_unique(entity, error);
    case db::ErrorKind::ForeignKeyViolation:
      if (write == WriteKind::Delete) {
        throw_conflict(fmt::format("the {} is still referenced", entity.graphql_name));
      }
      throw_bad_row(entity, named_fields(entity, constraint, "fk"), input_prefix,
                    kMissingReference);
    case db::ErrorKind::CheckViolation:
      throw_bad_row(entity, named_fields(entity, constraint, "ck"), input_prefix,
                    constraint.empty() ? "violates a check"
                                       : fmt::format("violates the check {}", constraint));
    case db::ErrorKind::NotNullViolation: {
      std::vector<const model::Field*> fields;
      if (const model::Field* field = field_by_column(entity, constraint)) fields.push_back(field);
      throw_bad_row(entity, fields, input_prefix, "must not be null");
    }
    default:
      throw error;
  }
}

}  // namespace lys::api
