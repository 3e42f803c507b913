#include "compiler/cli/build_output.h"

#include <filesystem>
#include <fstream>
#include <set>
#include <vector>

#include "compiler/emit/output_sink.h"
#include "compiler/emit/parallel.h"

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

// Removes `root/path`, then the folders above it that this leaves empty (an app's
// folder once its last file is gone), never `root` itself.
void remove_with_empty_folders(const fs::path& root, const std::string& path) {
  fs::path file = root / path;
  fs::remove(file);
  std::error_code error;
  for (fs::path folder = file.parent_path();
       folder != root && fs::is_empty(folder, error) && !error; folder = folder.parent_path()) {
    fs::remove(folder, error);
  }
}

}  // namespace

void write_build_output(const std::string& directory,
                        const std::map<std::string, std::string>& files) {
  const fs::path root(directory);
  fs::create_directories(root);
  std::vector<const std::pair<const std::string, std::string>*> entries;
  std::set<fs::path> folders;
  std::string manifest;
  for (const auto& entry : files) {
    entries.push_back(&entry);
    folders.insert((root / entry.first).parent_path());
    manifest += entry.first + "\n";
  }
  // Folders first, so the threads writing files never race to create one.
  for (const fs::path& folder : folders) fs::create_directories(folder);
  // Most of the time goes to the file system, which serves several threads at once.
  emit::parallel_for(entries.size(), [&](std::size_t i) {
    emit::write_if_changed(root / entries[i]->first, entries[i]->second);
  });
  for (const std::string& stale : read_manifest(root / kManifestName)) {
    if (!files.contains(stale)) remove_with_empty_folders(root, stale);
  }
  emit::write_if_changed(root / kManifestName, manifest);
}

}  // namespace lys::cli
