// Connections: a page of rows in one subquery (keyset cursors over the sort keys and
// the id, one row beyond the page to know whether more follow), aggregated straight
// into the connection object — few levels, as SQLite's parser stack is shallow:
//
//   (SELECT {edges: agg(…), nodes: agg(…), pageInfo: {count(*) > size, …},
//            totalCount: (SELECT count(*) …)}
//    FROM (SELECT <node json>…, <cursor> AS c, row_number() OVER (ORDER BY keys) AS rn
//          FROM (SELECT * FROM table WHERE … ORDER BY keys LIMIT size + 1) joins…
//          ORDER BY rn) page)
#include <stdexcept>

#include "lys/query/planner.h"
#include "query/compiler.h"
#include "query/scalar_text.h"

namespace lys::query {

namespace {

using graphql::FieldSelection;

// The fields selected on a field of object type (connection, edge, page info).
const std::vector<FieldSelection>& subfields(const FieldSelection& field) {
  static const std::vector<FieldSelection> none;
  return field.selection.by_type.empty() ? none : field.selection.by_type.front().fields;
}

const std::vector<FieldSelection>& entity_fields(const FieldSelection& field,
                                                 const model::Entity& entity) {
  return fields_for(field.selection, entity);
}

// Aggregates over the page's rows (the page plus one), in list order; `used` tells
// whether the page must be read.
struct PageAggregates {
  const SqlDialect& sql;
  const std::string& page_alias;
  const std::string& size;
  bool backward;
  bool used = false;

  // The JSON array of `element` over the rows of the page.
  std::string list(const std::string& element) {
    used = true;
    return sql.array_agg(element, page_alias + (backward ? ".rn DESC" : ".rn"),
                         page_alias + ".rn <= " + size);
  }
  std::string cursors() { return list(page_alias + ".c"); }
  // Whether rows follow the page on the side away from its cursor.
  std::string more() {
    used = true;
    return sql.json_bool("count(*) > " + size);
  }
};

model::Kind key_kind(const model::Field& field) {
  return field.kind == model::Kind::Reference ? field.key_kind : field.kind;
}

}  // namespace

std::string Compiler::order_by(const std::string& alias, const std::vector<OrderKey>& keys,
                               bool reversed) const {
  std::string order;
  for (const OrderKey& key : keys) {
    if (!order.empty()) order += ", ";
    // NULL sorts as the smallest value on both dialects. A NOT NULL key is sorted
    // plainly, so that an index on it can give the order (neither engine matches an
    // explicit NULLS clause against an index built with the default one).
    bool descending = key.descending != reversed;
    order += column(alias, *key.field);
    if (!key.field->nullable) {
      order += descending ? " DESC" : " ASC";
    } else {
      order += descending ? " DESC NULLS LAST" : " ASC NULLS FIRST";
    }
  }
  return order;
}

std::string Compiler::keyset(const std::string& alias, const std::vector<OrderKey>& keys,
                             const CursorValues& cursor, bool after) {
  std::vector<std::string> values;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (cursor[i] && !valid_scalar_text(key_kind(*keys[i].field), *cursor[i])) {
      throw InputError("malformed cursor");
    }
    db::Param value = cursor[i] ? db::Param(*cursor[i]) : db::Param(nullptr);
    values.push_back(w_.bind_placeholder(std::move(value), key_kind(*keys[i].field)));
  }
  if (!w_.writing()) return {};
  // Rows beyond the cursor: equal on the first i-1 keys, beyond it on the i-th.
  std::string any;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    std::string term;
    for (std::size_t j = 0; j < i; ++j) {
      term += sql_.same(column(alias, *keys[j].field), values[j]) + " AND ";
    }
    std::string key = column(alias, *keys[i].field);
    const std::string& value = values[i];
    bool greater = after != keys[i].descending;
    if (!keys[i].field->nullable) {
      term += key + (greater ? " > " : " < ") + value;
    } else if (greater) {
      term +=
          "(" + key + " > " + value + " OR (" + key + " IS NOT NULL AND " + value + " IS NULL))";
    } else {
      term +=
          "(" + key + " < " + value + " OR (" + key + " IS NULL AND " + value + " IS NOT NULL))";
    }
    any += (any.empty() ? "(" : " OR (") + term + ")";
  }
  return "(" + any + ")";
}

void Compiler::connection(const model::Entity& entity, const FieldSelection& field,
                          const Scope& scope, const std::vector<model::OrderTerm>& default_order,
                          bool filterable) {
  std::vector<OrderKey> keys = order_keys(entity, field, default_order);
  Page page = page_arguments(field, keys.size());
  std::string alias = w_.alias();
  std::string page_alias = alias + "p";

  std::vector<std::string> conditions;
  scope(alias, conditions);
  const graphql::Value* filter_value = filterable ? field.argument("filter") : nullptr;
  if (filter_value && !filter_value->is_null()) {
    conditions.push_back(filter(entity, alias, *filter_value));
  }
  access_conditions(entity, alias, conditions);
  std::string size = w_.bind_placeholder(page.size, model::Kind::BigInt);
  std::string after = page.after ? keyset(alias, keys, *page.after, true) : std::string();
  std::string before = page.before ? keyset(alias, keys, *page.before, false) : std::string();

  // The page: one JSON column per `edges { node }` and `nodes`, the cursor, the rank.
  std::string joins;
  std::string node_columns = w_.capture([&] {
    int n = 0;
    for (const FieldSelection& selected : subfields(field)) {
      if (selected.name == "nodes") {
        object(entity, alias, entity_fields(selected, entity), joins);
        w_ << " AS n" << std::to_string(n++) << ", ";
      } else if (selected.name == "edges") {
        for (const FieldSelection& edge_field : subfields(selected)) {
          if (edge_field.name != "node") continue;
          object(entity, alias, entity_fields(edge_field, entity), joins);
          w_ << " AS n" << std::to_string(n++) << ", ";
        }
      }
    }
  });
  if (!w_.writing()) return;

  std::vector<std::string> page_conditions = conditions;
  if (!after.empty()) page_conditions.push_back(after);
  if (!before.empty()) page_conditions.push_back(before);
  std::string keys_order = order_by(alias, keys, page.backward);
  std::string cursor;
  for (const OrderKey& key : keys) {
    cursor +=
        (cursor.empty() ? "" : ", ") + sql_.key_text(column(alias, *key.field), key.field->kind);
  }
  cursor = sql_.sealed_json(std::string(sql_.array_open()) + cursor + ")");
  std::string from = " FROM " + table(entity) + " " + alias;
  // The page plus one row, ranked from the cursor's side; a backward page is put back
  // in list order for the aggregates. The table's rows are limited first, under the
  // same alias, so that the sort is a top-N (or an index scan) and the joins, JSON
  // and cursors are computed for the page's rows only. (SQLite aggregates rows in
  // the order they come: hence ORDER BY rn.)
  std::string limited = "(SELECT " + alias + ".*" + from + where_clause(page_conditions) +
                        " ORDER BY " + keys_order + " LIMIT " + size + " + 1) " + alias;
  std::string rows = "(SELECT " + node_columns + cursor + " AS c, row_number() OVER (ORDER BY " +
                     keys_order + ") AS rn FROM " + limited + joins + " ORDER BY rn)";
  if (page.backward) rows = "(SELECT * FROM " + rows + " " + alias + "q ORDER BY rn DESC)";

  PageAggregates aggregates{sql_, page_alias, size, page.backward};
  auto beyond = [&](const std::string& keyset_condition) {
    if (keyset_condition.empty()) return sql_.json_bool("FALSE");
    std::vector<std::string> outside = conditions;
    outside.push_back("NOT COALESCE(" + keyset_condition + ", FALSE)");
    return sql_.json_bool("EXISTS (SELECT 1" + from + where_clause(outside) + ")");
  };

  w_ << "(SELECT " << sql_.object_open();
  int n = 0;
  bool first = true;
  for (const FieldSelection& selected : subfields(field)) {
    w_ << (first ? "" : ", ") << json_key(selected.response_key) << ", ";
    first = false;
    if (selected.name == "nodes") {
      w_ << aggregates.list(sql_.nested(page_alias + ".n" + std::to_string(n++)));
    } else if (selected.name == "edges") {
      w_ << aggregates.list(edge(entity, selected, page_alias, n));
    } else if (selected.name == "totalCount") {
      w_ << "(SELECT count(*)" << from << where_clause(conditions) << ")";
    } else if (selected.name == "pageInfo") {
      w_ << sql_.object_open();
      bool first_info = true;
      for (const FieldSelection& info : subfields(selected)) {
        w_ << (first_info ? "" : ", ") << json_key(info.response_key) << ", ";
        first_info = false;
        if (info.name == "hasNextPage") {
          w_ << (page.backward ? beyond(before) : aggregates.more());
        } else if (info.name == "hasPreviousPage") {
          w_ << (page.backward ? aggregates.more() : beyond(after));
        } else if (info.name == "startCursor") {
          w_ << sql_.first_text(aggregates.cursors());
        } else if (info.name == "endCursor") {
          w_ << sql_.last_text(aggregates.cursors());
        } else {
          w_ << "'PageInfo'";
        }
      }
      w_ << ")";
    } else if (selected.name == "__typename") {
      w_ << json_key(entity.graphql_name + "Connection");
    } else {
      throw std::logic_error("no field '" + selected.name + "' on a connection");
    }
  }
  w_ << ")";
  // Without an aggregate the page is not read at all: the query must not become one
  // row per page row.
  if (aggregates.used) w_ << " FROM " << rows << " " << page_alias;
  w_ << ")";
}

std::string Compiler::edge(const model::Entity& entity, const FieldSelection& edges,
                           const std::string& page_alias, int& n) const {
  std::string edge(sql_.object_open());
  bool first = true;
  for (const FieldSelection& edge_field : subfields(edges)) {
    edge += (first ? "" : ", ") + json_key(edge_field.response_key) + ", ";
    first = false;
    if (edge_field.name == "cursor") {
      edge += page_alias + ".c";
    } else if (edge_field.name == "node") {
      edge += sql_.nested(page_alias + ".n" + std::to_string(n++));
    } else {
      edge += json_key(entity.graphql_name + "Edge");
    }
  }
  return edge + ")";
}

void Compiler::list(const model::Entity& entity, const Scope& scope,
                    const std::vector<model::OrderTerm>& order,
                    const graphql::SelectionSet& selection) {
  std::string alias = w_.alias();
  std::vector<std::string> conditions;
  scope(alias, conditions);
  access_conditions(entity, alias, conditions);
  graphql::FieldSelection no_arguments;
  std::string keys_order = order_by(alias, order_keys(entity, no_arguments, order), false);
  std::string joins;
  std::string row =
      w_.capture([&] { object(entity, alias, fields_for(selection, entity), joins); });
  std::string rows = alias + "l";
  w_ << "(SELECT " << sql_.array_agg(sql_.nested(rows + ".n"), rows + ".rn", "") << " FROM (SELECT "
     << row << " AS n, row_number() OVER (ORDER BY " << keys_order << ") AS rn FROM "
     << table(entity) << " " << alias << where_clause(conditions) << " ORDER BY " << keys_order
     << ") " << rows << ")";
}

}  // namespace lys::query
