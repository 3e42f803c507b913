#include "file_tree.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace lys::golden {

namespace fs = std::filesystem;

FileTree read_tree(const fs::path& root) {
  FileTree files;
  if (!fs::is_directory(root)) return files;
  for (const fs::directory_entry& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream contents;
    contents << in.rdbuf();
    files[fs::relative(entry.path(), root).generic_string()] = contents.str();
  }
  return files;
}

void replace_tree(const fs::path& root, const FileTree& files) {
  fs::remove_all(root);
  for (const auto& [path, contents] : files) {
    fs::path target = root / path;
    fs::create_directories(target.parent_path());
    std::ofstream out(target, std::ios::binary | std::ios::trunc);
    out << contents;
    if (!out) throw std::runtime_error("cannot write " + target.string());
  }
}

}  // namespace lys::golden
