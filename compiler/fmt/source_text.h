// The formatter's view of the original text: where blank lines were and where the
// next token starts. The tree keeps spans but not blank lines, nor the position of
// keywords such as `{` or `delete`, which comments are placed against.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "compiler/diag/source_span.h"

namespace lys::printer {

class SourceText {
 public:
  explicit SourceText(std::string_view text);

  // True when a line strictly between `after` and `before` holds only blanks.
  bool blank_line_between(std::uint32_t after, std::uint32_t before) const;
  // The first position at or after `from` that is neither blank nor in a comment.
  SourcePos next_token(SourcePos from) const;

 private:
  std::string_view line(std::uint32_t index) const;

  std::string_view text_;
  std::vector<std::size_t> line_starts_;
};

// The position `columns` bytes after `pos` on the same line.
inline SourcePos advance(SourcePos pos, std::uint32_t columns) {
  return SourcePos{pos.line, pos.column + columns};
}

}  // namespace lys::printer
