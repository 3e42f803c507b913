#include "compiler/cli/build_output.h"

#include <filesystem>
#include <fstream>
#include <set>

#include "compiler/emit/output_sink.h"

namespace lys::cli {

namespace fs = std::filesystem;

namespace {

std::set<std::string> read_manifest(const fs::path& path) {
  std::set<std::string> entries;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    // Only plain relative paths: a tampered manifest must not delete outside the directory.
    if (!line.empty() && line.front() != '/' && line.find("..") == std::string::npos) {
      entries.insert(line);
    }
  }
  return entries;
}

}  // namespace

void write_build_output(const std::string& directory,
                        const std::map<std::string, std::string>& files) {
  const fs::path root(directory);
  emit::DirectorySink sink(root);
  std::string manifest;
  for (const auto& [path, contents] : files) {
    sink.write(path, contents);
    manifest += path + "\n";
  }
  for (const std::string& stale : read_manifest(root / kManifestName)) {
    if (!files.contains(stale)) fs::remove(root / stale);
  }
  sink.write(kManifestName, manifest);
}

}  // namespace lys::cli
