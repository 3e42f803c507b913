// The query planner: compiles one GraphQL root field, whatever its nesting, into ONE
// SQL statement that builds the field's JSON value in the database. The statement
// returns one row with one column: the JSON text, or NULL for a null field.
//
// Plans are cached by the selection's shape (field names, aliases, which arguments
// and filter operators are given, list lengths, enum values such as orderBy) and the
// session's (signed in or not, internal, roles: what permissions decide from it), and
// never by bound values (ids included), so a repeated query costs a hash lookup and a bind, and
// identical shapes give identical SQL text (prepared once per connection).
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "lys/access/session.h"
#include "lys/cache_stats.h"
#include "lys/db/connection.h"
#include "lys/graphql/selection.h"
#include "lys/model/model.h"

namespace lys::query {

// Input the planner refuses (page size, malformed cursor, an id of the wrong type in
// a filter): the API reports it as BAD_USER_INPUT with this message.
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct Statement {
  std::shared_ptr<const std::string> sql;  // shared with the plan cache
  std::vector<db::Param> params;
};

enum class RootKind { Node, Nodes, ById, Connection, NamedQuery };

// A Query root field the planner serves.
struct RootField {
  std::string name;  // "product", "products", "searchProducts", "node"
  RootKind kind = RootKind::Node;
  int index = -1;  // the entity (ById, Connection) or the operation (NamedQuery)
};

// Compiled plans are cached by shape; beyond either bound the cache starts over, so
// clients sending endless distinct documents cannot grow it.
struct PlanCacheLimits {
  std::size_t max_plans = 4096;
  std::size_t max_bytes = 16 * 1024 * 1024;  // of SQL text and cache keys
};

class Planner {
 public:
  Planner(const model::Model& model, db::Dialect dialect, PlanCacheLimits limits = {});
  ~Planner();
  Planner(const Planner&) = delete;
  Planner& operator=(const Planner&) = delete;

  // node, nodes, then by-id and connection fields of every readable entity, then
  // named queries (not extern, not mutations), in model order.
  const std::vector<RootField>& root_fields() const;

  // The statement for a root field of Query; nullopt when the field is null without
  // asking the database (node with an id that is not a readable object's).
  // Throws InputError.
  std::optional<Statement> plan_root(const graphql::FieldSelection& field,
                                     const access::Session& session) const;

  // The object of `entity` (index into Model::entities) whose primary key is
  // `raw_id`, shaped by `selection` (for mutation payloads); the cell is NULL when
  // no such row is visible. Throws InputError (bad arguments of nested connections).
  Statement plan_object(int entity, std::string_view raw_id, const graphql::SelectionSet& selection,
                        const access::Session& session) const;

  // The plan cache: plans held, their SQL and keys in bytes, and lookups (a miss
  // compiles a plan).
  CacheStats cache_stats() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Runs the statement and appends its JSON to `out` ("null" for NULL or no row).
// Throws db::Error.
void run(db::Connection& connection, const Statement& statement, std::string& out);

}  // namespace lys::query
