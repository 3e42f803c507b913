#include "db/fixture_upsert.h"

#include "lys/db/ids.h"

namespace lys::db {
namespace {

std::string quoted(const std::string& identifier) {
  return '"' + identifier + '"';
}

Param value_param(const model::Model& model, const model::Field& field,
                  const model::FixtureValue& value) {
  if (value.null) return nullptr;
  if (value.ref_entity >= 0) return fixture_id(model.entities[value.ref_entity], value.ref_key);
  // Booleans go typed: SQLite stores them as 0/1 under a CHECK.
  if (field.kind == model::Kind::Bool) return value.text == "true";
  return value.text;
}

std::string now_sql(Dialect dialect) {
  return dialect == Dialect::Postgres ? "now()" : "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";
}

}  // namespace

std::string fixture_id(const model::Entity& entity, const std::string& key) {
  return entity.parametric ? key : uuid_v5_url(entity.qualified + "/" + key);
}

FixtureUpsert fixture_upsert(const model::Model& model, const model::Entity& entity,
                             const model::FixtureRecord& record, Dialect dialect) {
  const std::string table = quoted(entity.table);
  const std::string id = quoted(entity.fields.front().column);
  const std::string differs = dialect == Dialect::Postgres ? " IS DISTINCT FROM " : " IS NOT ";

  FixtureUpsert upsert;
  upsert.exists_sql = "SELECT 1 FROM " + table + " WHERE " + id + " = $1";
  upsert.params.push_back(fixture_id(entity, record.key));
  std::string columns = id;
  std::string values = "$1";
  std::string assignments;
  std::string changed;
  for (const model::FixtureValue& value : record.values) {
    const model::Field& field = entity.fields[value.field];
    const std::string column = quoted(field.column);
    upsert.params.push_back(value_param(model, field, value));
    columns += ", " + column;
    values += ", $" + std::to_string(upsert.params.size());
    assignments += (assignments.empty() ? "" : ", ") + column + " = excluded." + column;
    changed +=
        (changed.empty() ? "" : " OR ") + table + "." + column + differs + "excluded." + column;
  }
  upsert.upsert_sql = "INSERT INTO " + table + " (" + columns + ") VALUES (" + values + ")";
  if (assignments.empty()) {
    upsert.upsert_sql += " ON CONFLICT (" + id + ") DO NOTHING RETURNING 1";
    return upsert;
  }
  for (const model::Field& field : entity.fields) {
    if (field.implicit == model::Implicit::UpdatedAt) {
      assignments += ", " + quoted(field.column) + " = " + now_sql(dialect);
    } else if (field.implicit == model::Implicit::Version) {
      assignments +=
          ", " + quoted(field.column) + " = " + table + "." + quoted(field.column) + " + 1";
    }
  }
  upsert.upsert_sql += " ON CONFLICT (" + id + ") DO UPDATE SET " + assignments + " WHERE " +
                       changed + " RETURNING 1";
  return upsert;
}

}  // namespace lys::db
