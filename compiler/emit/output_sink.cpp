#include "compiler/emit/output_sink.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <stdexcept>

namespace lys::emit {

namespace {

// Compares in blocks, after the size, so a large unchanged file is never held twice
// in memory and a changed one is usually told apart without reading it.
bool has_contents(const std::filesystem::path& file, std::string_view contents) {
  std::error_code error;
  if (std::filesystem::file_size(file, error) != contents.size() || error) return false;
  std::ifstream in(file, std::ios::binary);
  std::array<char, 64 * 1024> block;
  while (!contents.empty()) {
    std::size_t size = std::min(block.size(), contents.size());
    if (!in.read(block.data(), static_cast<std::streamsize>(size))) return false;
    if (contents.compare(0, size, std::string_view(block.data(), size)) != 0) return false;
    contents.remove_prefix(size);
  }
  return true;
}

}  // namespace

void write_if_changed(const std::filesystem::path& file, std::string_view contents) {
  if (has_contents(file, contents)) return;
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
  if (!out) throw std::runtime_error("cannot write " + file.string());
}

void DirectorySink::write(const std::string& path, std::string contents) {
  std::filesystem::path target = root_ / path;
  std::filesystem::create_directories(target.parent_path());
  write_if_changed(target, contents);
}

}  // namespace lys::emit
