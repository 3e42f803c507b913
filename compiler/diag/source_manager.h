// Owns the text of every input file, so diagnostics can quote source lines.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/diag/source_span.h"

namespace lys {

class SourceManager {
 public:
  // Reads a file from disk; nullopt (and errno intact) when it cannot be read.
  std::optional<FileId> load(const std::string& path);
  // Registers in-memory text under a display path (tests, stdin).
  FileId add(std::string path, std::string text);

  const std::string& path(FileId file) const { return files_[file].path; }
  const std::string& text(FileId file) const { return files_[file].text; }
  // The 0-based line's text without its newline; empty past the end.
  std::string_view line(FileId file, std::uint32_t line) const;
  std::size_t file_count() const { return files_.size(); }

 private:
  struct File {
    std::string path;
    std::string text;
    std::vector<std::size_t> line_starts;
  };
  std::vector<File> files_;
};

}  // namespace lys
