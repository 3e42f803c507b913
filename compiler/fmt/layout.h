// The formatter's output, line by line, with the comments of the original put back.
// Printers hand it one line per construct together with the source range the line
// was printed from; the layout first places the comments written before the end of
// that range: a trailing comment of the previous line stays at that line's end, the
// others become lines of their own (comments written inside a construct printed on
// one line move before it). Blank lines follow a Spacing policy, and consecutive
// trailing comments are aligned when the text is finished.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "compiler/ast/ast.h"
#include "compiler/fmt/source_text.h"

namespace lys::printer {

struct SourceRange {
  SourcePos begin;
  SourcePos end;
};

// Whether a blank line precedes a line (or the comments and doc comment before it).
enum class Spacing {
  Never,      // continuation lines: clauses of a query, values of a record
  AsWritten,  // members: a blank line if the source had one
  Always,     // declarations: exactly one blank line between them
};

class Layout {
 public:
  Layout(const SourceText& source, const std::vector<ast::Comment>& comments);

  // Prints `code` at `indent`, preceded by the comments written before `range.end`
  // and by `doc` as `///` lines.
  void line(int indent, const std::string& code, SourceRange range, Spacing spacing,
            const std::string& doc = {});
  // Marks the start of a block: no blank line before its first line.
  void open_block() { at_block_start_ = true; }
  // Prints the comments left inside the block at `inner_indent`, then the closing
  // brace at `brace`.
  void close_block(int inner_indent, int indent, SourcePos brace);
  // True when a comment not yet placed begins in [from, to).
  bool has_comment_between(SourcePos from, SourcePos to) const;
  // Places the comments after the last construct and returns the whole text.
  std::string finish();

 private:
  struct Line {
    std::string code;
    std::string comment;               // a trailing comment
    std::uint32_t comment_column = 0;  // where the source had it
  };

  void place_comments(SourcePos before, SourcePos trailing_limit, int indent, Spacing spacing,
                      bool& first);
  void separate(Spacing spacing, bool first, std::uint32_t begin_line);
  void push(int indent, const std::string& code);
  void align_trailing_comments();

  const SourceText& source_;
  std::vector<const ast::Comment*> comments_;  // in source order
  std::size_t next_comment_ = 0;
  std::vector<Line> lines_;
  std::optional<std::size_t> open_line_;  // the last code line, which may take a trailing comment
  std::uint32_t open_line_end_ = 0;       // the source line where its construct ended
  std::uint32_t last_end_line_ = 0;       // the source line where the last printed thing ended
  bool at_block_start_ = true;
};

}  // namespace lys::printer
