// The order tables are created in: each after the tables its foreign keys point to,
// so the DDL reads top-down; within that, declaration order. A reference cycle is
// broken at the earliest declared table, whose forward foreign keys are deferred.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "compiler/emit/sql/schema_change.h"

namespace lys::emit::sql {

// Creates `tables` (in declaration order) next to the already `existing` ones:
// CreateTable for each, then AddDeferredForeignKeys for the deferred ones.
std::vector<SchemaChange> creation_changes(const std::vector<Table>& tables,
                                           const std::set<std::string>& existing);

// Drops `tables`, leaving the `remaining` ones: the inverse of their creation.
std::vector<SchemaChange> removal_changes(const std::vector<Table>& tables,
                                          const std::set<std::string>& remaining);

}  // namespace lys::emit::sql
