// `lysc migrate diff`: diffs the schema against the latest snapshot in the
// migrations folder and, when something changed, writes the next migration for
// every dialect plus the new snapshot:
//   migrations/postgres/NNNN_name.sql, migrations/sqlite/NNNN_name.sql,
//   migrations/snapshots/NNNN_name.json
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "compiler/diag/diagnostics.h"
#include "compiler/ir/ir.h"

namespace lys::migrate {

struct DiffOptions {
  std::filesystem::path migrations_dir;
  std::string name;  // [a-z0-9_]+
  bool allow_destructive = false;
};

struct DiffOutcome {
  bool changed = false;
  std::vector<std::string> written;  // paths of the files written
};

// Nothing (and errors in `diagnostics`) when the name is invalid, the latest snapshot
// is corrupt, a file cannot be written, or the migration would lose data without
// `allow_destructive`.
std::optional<DiffOutcome> write_next_migration(const ir::Schema& schema,
                                                const DiffOptions& options,
                                                DiagnosticEngine& diagnostics);

// One dialect's migration file: header, `-- lys:up` and `-- lys:down` sections.
std::string migration_file(const std::string& id, const std::string& dialect, const std::string& up,
                           const std::string& down);

}  // namespace lys::migrate
