// Filters: XFilter input objects (and/or/not, per-field operators, search) as SQL
// conditions with every value bound.
#include <stdexcept>

#include "lys/query/global_id.h"
#include "lys/query/planner.h"
#include "query/compiler.h"
#include "query/scalar_text.h"

namespace lys::query {

namespace {

using graphql::Value;
using model::Kind;

constexpr int kMaxFilterDepth = 16;

std::string join(const std::vector<std::string>& terms, std::string_view separator,
                 std::string_view empty) {
  if (terms.empty()) return std::string(empty);
  std::string joined = "(";
  for (std::size_t i = 0; i < terms.size(); ++i) {
    if (i > 0) joined.append(separator);
    joined += terms[i];
  }
  return joined + ")";
}

// The value of a scalar comparison, typed for the column.
db::Param scalar_param(const Value& value, Kind kind, std::string_view field_name) {
  switch (kind) {
    case Kind::Bool:
      return value.boolean;
    case Kind::Int:
      return value.integer;
    case Kind::Float:
      return value.kind == Value::Kind::Int ? static_cast<double>(value.integer) : value.number;
    default:
      if (!valid_scalar_text(kind, value.text)) {
        throw InputError("invalid value for '" + std::string(field_name) + "'");
      }
      return value.text;
  }
}

// '%' and '_' in searched text are literal.
std::string contains_pattern(std::string_view text) {
  std::string pattern = "%";
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') pattern += '\\';
    pattern += c;
  }
  return pattern + "%";
}

const char* comparison(std::string_view op) {
  if (op == "eq") return " = ";
  if (op == "neq") return " <> ";
  if (op == "lt") return " < ";
  if (op == "lte") return " <= ";
  if (op == "gt") return " > ";
  if (op == "gte") return " >= ";
  return nullptr;
}

}  // namespace

db::Param Compiler::id_param(const Value& value, const model::Entity* target,
                             std::string_view field_name) const {
  if (!target) return value.text;  // a soft reference to an entity this server lacks
  std::optional<GlobalId> id = decode_global_id(value.text);
  if (!id || id->type != target->graphql_name ||
      !valid_scalar_text(target->fields[0].kind, id->raw_id)) {
    throw InputError("'" + std::string(field_name) + "' expects the id of a " +
                     target->graphql_name);
  }
  return id->raw_id;
}

std::string Compiler::filter(const model::Entity& entity, const std::string& alias,
                             const Value& filter_value, int depth) {
  // Deeper filters are no one's intent, and SQLite's parser has a bounded stack.
  if (depth > kMaxFilterDepth) {
    throw InputError("'filter' nests and, or and not at most " + std::to_string(kMaxFilterDepth) +
                     " deep");
  }
  std::vector<std::string> terms;
  for (const auto& [key, value] : filter_value.object) {
    if (value.is_null()) continue;
    if (key == "and" || key == "or") {
      std::vector<std::string> parts;
      for (const Value& part : value.list) parts.push_back(filter(entity, alias, part, depth + 1));
      terms.push_back(key == "and" ? join(parts, " AND ", "TRUE") : join(parts, " OR ", "FALSE"));
    } else if (key == "not") {
      // Two-valued: a row whose inner condition is unknown (NULL) matches `not`.
      terms.push_back(filter(entity, alias, value, depth + 1) + " IS NOT TRUE");
    } else if (key == "search") {
      std::string pattern = w_.bind_placeholder(contains_pattern(value.text), Kind::Text);
      std::vector<std::string> matches;
      for (const model::Field& field : entity.fields) {
        if (!field.search) continue;
        matches.push_back(sql_.ilike(column(alias, field), pattern) + " ESCAPE '\\'");
      }
      terms.push_back(join(matches, " OR ", "FALSE"));
    } else {
      int index = key == "id" || (key == "code" && entity.parametric)
                      ? 0
                      : entity.field_by_graphql_name(key);
      if (index < 0) throw std::logic_error("no filter field '" + key + "' on " + entity.name);
      const model::Field& field = entity.fields[static_cast<std::size_t>(index)];
      terms.push_back(field_filter(entity, field, column(alias, field), value, key == "id"));
    }
  }
  return join(terms, " AND ", "TRUE");
}

std::string Compiler::field_filter(const model::Entity& entity, const model::Field& field,
                                   const std::string& column_sql, const Value& conditions,
                                   bool by_global_id) {
  const model::Entity* id_target = nullptr;
  bool is_id = by_global_id || field.kind == Kind::Reference;
  if (by_global_id) {
    id_target = &entity;
  } else if (field.kind == Kind::Reference && field.target >= 0) {
    id_target = &model_.entities[static_cast<std::size_t>(field.target)];
  }
  Kind kind = field.kind == Kind::Reference ? field.key_kind : field.kind;
  auto param_of = [&](const Value& value) {
    return is_id ? id_param(value, id_target, field.graphql_name)
                 : scalar_param(value, kind, field.graphql_name);
  };
  auto bind = [&](const Value& value) { return w_.bind_placeholder(param_of(value), kind); };

  std::vector<std::string> terms;
  for (const auto& [op, value] : conditions.object) {
    if (value.is_null()) continue;
    if (const char* comparator = comparison(op)) {
      terms.push_back(column_sql + comparator + bind(value));
    } else if (op == "in") {
      if (value.list.empty()) {
        terms.emplace_back("FALSE");
        continue;
      }
      // One parameter for the whole list: one statement whatever its length.
      std::vector<db::Param> items;
      items.reserve(value.list.size());
      for (const Value& item : value.list) items.push_back(param_of(item));
      const int number = w_.bind(sql_.list_text(items));
      terms.push_back(w_.writing() ? sql_.any_of(column_sql, number, kind) : std::string());
    } else if (op == "like") {
      std::string pattern = w_.bind_placeholder(sql_.like_pattern(value.text), kind);
      terms.push_back(sql_.like(column_sql, pattern));
    } else if (op == "ilike") {
      terms.push_back(sql_.ilike(column_sql, bind(value)));
    } else if (op == "isNull") {
      terms.push_back("(" + column_sql +
                      " IS NULL) = " + w_.bind_placeholder(value.boolean, Kind::Bool));
    } else {
      throw std::logic_error("unknown filter operator '" + op + "'");
    }
  }
  return join(terms, " AND ", "TRUE");
}

}  // namespace lys::query
