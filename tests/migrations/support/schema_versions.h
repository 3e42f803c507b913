// The chain of schema versions under versions/: one folder per version (v01, v02, …)
// holding its .lys files, optionally seed.sql (dialect-neutral rows inserted once the
// version is applied) and ALLOW_DESTRUCTIVE (the migration to it loses data).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "compiler/ir/ir.h"

namespace lys::migtest {

struct SchemaVersion {
  std::string name;  // the folder's name, "v03"
  std::filesystem::path dir;
  ir::Schema schema;
  bool allow_destructive = false;
  std::optional<std::string> seed;
};

// Every version folder in name order, compiled; throws with the rendered
// diagnostics when one does not compile.
std::vector<SchemaVersion> load_schema_versions(const std::filesystem::path& versions_dir);

}  // namespace lys::migtest
