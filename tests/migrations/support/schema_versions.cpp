#include "support/schema_versions.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "compiler/frontend/compile.h"

namespace lys::migtest {

std::vector<SchemaVersion> load_schema_versions(const std::filesystem::path& versions_dir) {
  std::vector<std::filesystem::path> dirs;
  for (const auto& entry : std::filesystem::directory_iterator(versions_dir)) {
    if (entry.is_directory()) dirs.push_back(entry.path());
  }
  std::sort(dirs.begin(), dirs.end());
  std::vector<SchemaVersion> versions;
  for (const std::filesystem::path& dir : dirs) {
    SourceManager sources;
    DiagnosticEngine diagnostics;
    std::optional<ir::Schema> schema = frontend::compile({dir.string()}, sources, diagnostics);
    if (!schema) {
      throw std::runtime_error("schema version " + dir.string() + " does not compile:\n" +
                               render_all(diagnostics, sources));
    }
    SchemaVersion version{dir.filename().string(), dir, std::move(*schema),
                          std::filesystem::exists(dir / "ALLOW_DESTRUCTIVE"), std::nullopt};
    if (std::ifstream seed{dir / "seed.sql"}) {
      std::ostringstream text;
      text << seed.rdbuf();
      version.seed = text.str();
    }
    versions.push_back(std::move(version));
  }
  return versions;
}

}  // namespace lys::migtest
