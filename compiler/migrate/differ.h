// The migration differ: compares the schema of the last migration with the current
// one and produces typed schema changes (emit/sql/schema_change.h), never SQL.
// Renames come from @renamed_from: a field or entity whose old name exists in `from`
// (and whose new name does not) is renamed, keeping its data, not dropped and added.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "compiler/diag/source_span.h"
#include "compiler/emit/sql/schema_change.h"
#include "compiler/ir/ir.h"

namespace lys::migrate {

// What applying a migration would destroy, e.g. "dropping field 'catalog.Product.stock'
// would lose its data"; `span` points at the field when it is still in the schema.
struct DataLoss {
  std::string message;
  std::optional<SourceSpan> span;
};

struct Migration {
  std::vector<emit::sql::SchemaChange> up;
  std::vector<emit::sql::SchemaChange> down;  // the inverse of `up`
  std::vector<DataLoss> losses;

  bool empty() const { return up.empty(); }
};

Migration diff(const ir::Schema& from, const ir::Schema& to);

}  // namespace lys::migrate
