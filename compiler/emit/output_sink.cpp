#include "compiler/emit/output_sink.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace lys::emit {

namespace {
bool has_contents(const std::filesystem::path& file, const std::string& contents) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return false;
  std::ostringstream existing;
  existing << in.rdbuf();
  return existing.str() == contents;
}
}  // namespace

void DirectorySink::write(const std::string& path, const std::string& contents) {
  std::filesystem::path target = root_ / path;
  if (has_contents(target, contents)) return;
  std::filesystem::create_directories(target.parent_path());
  std::ofstream out(target, std::ios::binary | std::ios::trunc);
  out << contents;
  if (!out) throw std::runtime_error("cannot write " + target.string());
}

}  // namespace lys::emit
