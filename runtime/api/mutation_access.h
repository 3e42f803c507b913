// Permissions of writes. The rows an update or delete may touch are restricted in
// its WHERE clause, so a row the caller may not change looks missing (NOT_FOUND); a
// row as written (created, or updated) is checked in the same transaction, and one
// the rules do not admit rolls the write back (FORBIDDEN).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "api/input_row.h"
#include "api/mutation_statements.h"
#include "lys/access/permissions.h"
#include "lys/db/connection.h"

namespace lys::api {

// Who is writing, and what the rules of the written entity are.
struct WriteAccess {
  const model::Model* model = nullptr;
  const model::Entity* entity = nullptr;
  const access::Session* session = nullptr;
  // A named mutation's coerced arguments, which its rules' conditions may use.
  const std::vector<db::Param>* arguments = nullptr;

  // " AND <predicate>" over the entity's table (named by its table name) for each of
  // `rule_sets`, binding the session's ids into the statement; "" for a set of rules
  // that admits every row.
  RowRestriction allowed_rows(std::vector<const std::vector<model::Rule>*> rule_sets,
                              db::Dialect dialect) const;

  // Whether `rules` can admit any row for this session.
  bool may_ever(const std::vector<model::Rule>& rules) const;

  // Throws FORBIDDEN unless the row `key`, as it is now in the transaction,
  // satisfies `rules`.
  void require_row(db::Connection& connection, const std::vector<model::Rule>& rules,
                   std::string_view key) const;

  // No mass assignment of ownership: `columns` may give the row `key` an owner other
  // than the caller only when `rules` admit the caller through a principal chosen for
  // them (a role, an organization role, internal; admin always), never through
  // anonymous, authenticated or owner, which anybody could use to give a row away.
  // Throws FORBIDDEN otherwise, within the write's transaction.
  void require_owner_assignable(db::Connection& connection, const std::vector<model::Rule>& rules,
                                std::string_view key, const InputRow& columns) const;
};

}  // namespace lys::api
