// The rows of every entity table, to check a migration keeps the data it should:
// every row still there, every kept column with the same value, through renamed
// tables and columns.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "compiler/ir/ir.h"
#include "support/database.h"

namespace lys::migtest {

using RowValues = std::map<std::string, std::optional<std::string>>;  // by column
using TableRows = std::map<std::string, RowValues>;                   // by id
using RowSnapshot = std::map<std::string, TableRows>;                 // by qualified entity

// Reads the columns `schema` declares, from the tables it names.
RowSnapshot read_rows(Database& database, const ir::Schema& schema);

// One line per row that the migration from `before_schema` to `after_schema` lost,
// added or changed; empty when the data survived. A value that was NULL may become
// the default of a field that became required.
std::string compare_rows(const ir::Schema& before_schema, const RowSnapshot& before,
                         const ir::Schema& after_schema, const RowSnapshot& after);

}  // namespace lys::migtest
