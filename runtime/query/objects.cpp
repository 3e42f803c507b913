// Objects: one JSON object per row, a pair per selected field, references as nested
// scalar subqueries, inverse relations as nested connections.
#include <stdexcept>

#include "query/compiler.h"

namespace lys::query {

namespace {

bool is_name(std::string_view name) {
  if (name.empty()) return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    bool digit = c >= '0' && c <= '9';
    if (!letter && !(digit && i > 0)) return false;
  }
  return true;
}

const model::InverseRelation* inverse_relation(const model::Entity& entity, std::string_view name) {
  for (const model::InverseRelation& relation : entity.inverse_relations) {
    if (relation.graphql_name == name) return &relation;
  }
  return nullptr;
}

}  // namespace

const std::vector<graphql::FieldSelection>& fields_for(const graphql::SelectionSet& selection,
                                                       const model::Entity& entity) {
  static const std::vector<graphql::FieldSelection> none;
  const std::vector<graphql::FieldSelection>* fields = selection.for_type(entity.graphql_name);
  return fields ? *fields : none;
}

std::string json_key(std::string_view name) {
  // Aliases reach the SQL text as keys; the GraphQL grammar already limits them to
  // names, checked again here so nothing else ever can.
  if (!is_name(name)) throw std::invalid_argument("not a GraphQL name: " + std::string(name));
  return "'" + std::string(name) + "'";
}

std::string where_clause(const std::vector<std::string>& conditions) {
  std::string clause;
  for (const std::string& condition : conditions) {
    clause += clause.empty() ? " WHERE " : " AND ";
    clause += condition;
  }
  return clause;
}

std::string Compiler::column(const std::string& alias, const model::Field& field) const {
  return alias + ".\"" + field.column + "\"";
}

std::string Compiler::table(const model::Entity& entity) const {
  return "\"" + entity.table + "\"";
}

bool Compiler::readable(const model::Entity& entity) const {
  return entity.operations.read && !entity.hidden;
}

void Compiler::object(const model::Entity& entity, const std::string& alias,
                      const std::vector<graphql::FieldSelection>& fields, std::string& joins) {
  w_ << sql_.object_open();
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) w_ << ", ";
    if (w_.writing()) w_ << json_key(fields[i].response_key) << ", ";
    field_value(entity, alias, fields[i], joins);
  }
  w_ << ")";
}

void Compiler::field_value(const model::Entity& entity, const std::string& alias,
                           const graphql::FieldSelection& field, std::string& joins) {
  const model::Field& key = entity.fields[0];
  if (field.name == "__typename") {
    w_ << json_key(entity.graphql_name);
  } else if (field.name == "id") {
    if (w_.writing()) w_ << sql_.global_id(entity.graphql_name, column(alias, key));
  } else if (field.name == "code" && entity.parametric) {
    if (w_.writing()) w_ << sql_.response_value(column(alias, key), key);
  } else if (const model::InverseRelation* relation = inverse_relation(entity, field.name)) {
    const model::Entity& source =
        model_.entities[static_cast<std::size_t>(relation->source_entity)];
    const model::Field& foreign_key =
        source.fields[static_cast<std::size_t>(relation->source_field)];
    std::string parent_key = column(alias, key);
    Scope children = [&](const std::string& child, std::vector<std::string>& conditions) {
      conditions.push_back(column(child, foreign_key) + " = " + parent_key);
    };
    if (!readable(source)) {
      throw std::logic_error("inverse relation to an unreadable entity: " + field.name);
    }
    connection(source, field, children, {}, true);
  } else {
    int index = entity.field_by_graphql_name(field.name);
    if (index <= 0) throw std::logic_error("no field '" + field.name + "' on " + entity.name);
    const model::Field& selected = entity.fields[static_cast<std::size_t>(index)];
    if (selected.kind == model::Kind::Reference && selected.target >= 0) {
      reference(selected, alias, field, joins);
    } else if (w_.writing()) {
      w_ << sql_.response_value(column(alias, selected), selected);
    }
  }
}

void Compiler::reference(const model::Field& field, const std::string& alias,
                         const graphql::FieldSelection& selection, std::string& joins) {
  const model::Entity& target = model_.entities[static_cast<std::size_t>(field.target)];
  if (!readable(target)) {
    w_ << "NULL";
    return;
  }
  std::string joined = w_.alias();
  std::vector<std::string> conditions{column(joined, target.fields[0]) + " = " +
                                      column(alias, field)};
  access_conditions(target, joined, conditions);
  if (w_.writing()) {  // binding only: the text is cached, only the values are wanted
    std::string on;
    for (const std::string& condition : conditions) on += (on.empty() ? "" : " AND ") + condition;
    joins += " LEFT JOIN " + table(target) + " " + joined + " ON " + on;
    w_ << "CASE WHEN " << column(joined, target.fields[0]) << " IS NULL THEN NULL ELSE ";
  }
  object(target, joined, fields_for(selection.selection, target), joins);
  w_ << " END";
}

void Compiler::object_where_id(const model::Entity& entity, std::string_view key,
                               const std::vector<graphql::FieldSelection>& fields) {
  std::string alias = w_.alias();
  std::vector<std::string> conditions{column(alias, entity.fields[0]) + " = " + std::string(key)};
  access_conditions(entity, alias, conditions);
  std::string joins;
  std::string row = w_.capture([&] { object(entity, alias, fields, joins); });
  if (!w_.writing()) return;  // binding only: the text is cached
  w_ << sql_.nested("(SELECT " + row + " FROM " + table(entity) + " " + alias + joins +
                    where_clause(conditions) + ")");
}

void Compiler::by_id(const model::Entity& entity, std::string_view raw_id,
                     const std::vector<graphql::FieldSelection>& fields) {
  std::string key = w_.bind_placeholder(std::string(raw_id), entity.fields[0].kind);
  w_ << "SELECT ";
  object_where_id(entity, key, fields);
}

void Compiler::nodes(const std::vector<std::pair<const model::Entity*, std::string>>& ids,
                     const graphql::SelectionSet& selection) {
  if (ids.empty()) {
    w_ << "SELECT " << sql_.array_open() << ")";
    return;
  }
  w_ << "SELECT " << sql_.array_agg(sql_.nested("u.v"), "u.o", "") << " FROM (SELECT * FROM (";
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (i > 0) w_ << " UNION ALL ";
    w_ << "SELECT " << std::to_string(i) << " AS o, ";
    if (const model::Entity* entity = ids[i].first) {
      std::string key = w_.bind_placeholder(ids[i].second, entity->fields[0].kind);
      object_where_id(*entity, key, fields_for(selection, *entity));
    } else {
      w_ << sql_.null_json();
    }
    w_ << " AS v";
  }
  w_ << ") n ORDER BY o) u";
}

}  // namespace lys::query
