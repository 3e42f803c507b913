// Where generators write: a directory for `lysc build`, memory for tests.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>

namespace lys::emit {

class OutputSink {
 public:
  virtual ~OutputSink() = default;
  // `path` is relative to the output root, with '/' separators. The contents are
  // taken by value so a sink that keeps them can move rather than copy.
  virtual void write(const std::string& path, std::string contents) = 0;
};

// Writes under a root directory, creating folders. A file whose contents are
// unchanged is not rewritten, so build systems do not rebuild what did not change.
class DirectorySink final : public OutputSink {
 public:
  explicit DirectorySink(std::filesystem::path root) : root_(std::move(root)) {}
  void write(const std::string& path, std::string contents) override;

 private:
  std::filesystem::path root_;
};

// Writes `contents` to `file` unless it already holds exactly them; its folder must
// exist. Safe to call from several threads for different files.
void write_if_changed(const std::filesystem::path& file, std::string_view contents);

class MemorySink final : public OutputSink {
 public:
  void write(const std::string& path, std::string contents) override {
    files[path] = std::move(contents);
  }
  std::map<std::string, std::string> files;
};

}  // namespace lys::emit
