// A directory of files as data: relative path ('/'-separated) -> contents.
#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace lys::golden {

using FileTree = std::map<std::string, std::string>;

// Every regular file under `root`; empty when `root` does not exist.
FileTree read_tree(const std::filesystem::path& root);

// Replaces `root` with exactly these files.
void replace_tree(const std::filesystem::path& root, const FileTree& files);

}  // namespace lys::golden
