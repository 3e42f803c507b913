// Where generators write: a directory for `lysc build`, memory for tests.
#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace lys::emit {

class OutputSink {
 public:
  virtual ~OutputSink() = default;
  // `path` is relative to the output root, with '/' separators.
  virtual void write(const std::string& path, const std::string& contents) = 0;
};

// Writes under a root directory, creating folders. A file whose contents are
// unchanged is not rewritten, so build systems do not rebuild what did not change.
class DirectorySink final : public OutputSink {
 public:
  explicit DirectorySink(std::filesystem::path root) : root_(std::move(root)) {}
  void write(const std::string& path, const std::string& contents) override;

 private:
  std::filesystem::path root_;
};

class MemorySink final : public OutputSink {
 public:
  void write(const std::string& path, const std::string& contents) override {
    files[path] = contents;
  }
  std::map<std::string, std::string> files;
};

}  // namespace lys::emit
