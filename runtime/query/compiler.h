// Compiles selections over the runtime model into SQL that builds JSON: objects,
// references, connections (pagination, filters, ordering), named-query filters.
// Every table access goes through `access_conditions`, the one place where a
// per-entity row predicate (read permissions) is ANDed in.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lys/access/permissions.h"
#include "lys/access/session.h"
#include "lys/graphql/selection.h"
#include "lys/model/model.h"
#include "query/page_arguments.h"
#include "query/statement_writer.h"

namespace lys::query {

// Conditions on a table alias besides the filter: the parent row of an inverse
// connection, a named query's `where`.
using Scope = std::function<void(const std::string& alias, std::vector<std::string>& conditions)>;

class Compiler {
 public:
  Compiler(const model::Model& model, const access::Session& session, StatementWriter& writer)
      : model_(model),
        session_(session),
        w_(writer),
        sql_(writer.dialect()),
        session_params_(model, session, writer) {}

  // Root statements: one row, one JSON column.
  void by_id(const model::Entity& entity, std::string_view raw_id,
             const std::vector<graphql::FieldSelection>& fields);
  // ids: (entity or nullptr when the id names nothing readable, raw id).
  void nodes(const std::vector<std::pair<const model::Entity*, std::string>>& ids,
             const graphql::SelectionSet& selection);
  void root_connection(const model::Entity& entity, const graphql::FieldSelection& field);
  void named_query(const model::NamedOperation& operation, const graphql::FieldSelection& field);

 private:
  // objects.cpp. References join their target into the row's FROM: `joins`
  // collects the LEFT JOIN clauses the object needs (SQLite's parser allows few
  // levels of nested subqueries; joins add none).
  void object(const model::Entity& entity, const std::string& alias,
              const std::vector<graphql::FieldSelection>& fields, std::string& joins);
  void field_value(const model::Entity& entity, const std::string& alias,
                   const graphql::FieldSelection& field, std::string& joins);
  void reference(const model::Field& field, const std::string& alias,
                 const graphql::FieldSelection& selection, std::string& joins);
  // A scalar subquery: the object of `entity` whose id equals `key` (SQL), or NULL.
  void object_where_id(const model::Entity& entity, std::string_view key,
                       const std::vector<graphql::FieldSelection>& fields);

  // connections.cpp
  void connection(const model::Entity& entity, const graphql::FieldSelection& field,
                  const Scope& scope, const std::vector<model::OrderTerm>& default_order,
                  bool filterable);
  // An edge object over the page row aliased `page_alias`; `n` numbers node columns.
  std::string edge(const model::Entity& entity, const graphql::FieldSelection& edges,
                   const std::string& page_alias, int& n) const;
  std::string keyset(const std::string& alias, const std::vector<OrderKey>& keys,
                     const CursorValues& cursor, bool after);
  // A list of every matching row (named queries of list shape).
  void list(const model::Entity& entity, const Scope& scope,
            const std::vector<model::OrderTerm>& order, const graphql::SelectionSet& selection);

  // filters.cpp: a boolean SQL expression for an XFilter input object; `depth` counts
  // the and/or/not it is nested in.
  std::string filter(const model::Entity& entity, const std::string& alias,
                     const graphql::Value& filter, int depth = 0);
  // by_global_id: the `id` filter, whose values are global ids of the entity itself.
  std::string field_filter(const model::Entity& entity, const model::Field& field,
                           const std::string& column, const graphql::Value& conditions,
                           bool by_global_id);
  db::Param id_param(const graphql::Value& value, const model::Entity* target,
                     std::string_view field_name) const;

  // named_queries.cpp
  Scope operation_scope(const model::NamedOperation& operation,
                        const graphql::FieldSelection& field);

  // access.cpp. The conditions every access to the entity's table carries: its read
  // rules' row predicate.
  void access_conditions(const model::Entity& entity, const std::string& alias,
                         std::vector<std::string>& conditions);
  // The rows of `entity` that `rules` allow (a named query's own rules, say).
  void allowed_rows(const model::Entity& entity, const std::vector<model::Rule>& rules,
                    const std::string& alias, std::vector<std::string>& conditions,
                    const access::ArgumentParams& arguments = {});

  // The session's ids, bound first in every statement (those the text never uses are
  // dropped with their placeholders), so that predicates bind nothing themselves.
  class SessionBinding final : public access::SessionParams {
   public:
    SessionBinding(const model::Model& model, const access::Session& session,
                   StatementWriter& writer);
    std::string user() override;
    std::string organization() override;

   private:
    std::string user_;  // placeholders
    std::string organization_;
  };
  bool readable(const model::Entity& entity) const;

  std::string column(const std::string& alias, const model::Field& field) const;
  std::string table(const model::Entity& entity) const;
  std::string order_by(const std::string& alias, const std::vector<OrderKey>& keys,
                       bool reversed) const;

  const model::Model& model_;
  const access::Session& session_;
  StatementWriter& w_;
  const SqlDialect& sql_;
  SessionBinding session_params_;
};

// The fields selected for `entity`'s type (empty when none).
const std::vector<graphql::FieldSelection>& fields_for(const graphql::SelectionSet& selection,
                                                       const model::Entity& entity);
// " WHERE a AND b", or "" without conditions.
std::string where_clause(const std::vector<std::string>& conditions);
// A JSON key as a SQL string literal; GraphQL names need no escaping, anything else
// is refused.
std::string json_key(std::string_view name);

}  // namespace lys::query
