#include "compiler/fmt/layout.h"

#include <algorithm>

namespace lys::printer {

namespace {

constexpr std::uint32_t kTrailingCommentGap = 2;

std::string trim_right(const std::string& text) {
  std::size_t end = text.find_last_not_of(" \t\r");
  return end == std::string::npos ? std::string() : text.substr(0, end + 1);
}

}  // namespace

Layout::Layout(const SourceText& source, const std::vector<ast::Comment>& comments)
    : source_(source) {
  for (const ast::Comment& comment : comments) comments_.push_back(&comment);
  std::stable_sort(
      comments_.begin(), comments_.end(),
      [](const ast::Comment* a, const ast::Comment* b) { return a->span.begin < b->span.begin; });
}

void Layout::separate(Spacing spacing, bool first, std::uint32_t begin_line) {
  bool blank = false;
  if (at_block_start_ || lines_.empty() || spacing == Spacing::Never) {
    blank = false;
  } else if (spacing == Spacing::Always && first) {
    blank = true;
  } else {
    blank = source_.blank_line_between(last_end_line_, begin_line);
  }
  if (blank) {
    lines_.push_back(Line{});
    open_line_.reset();
  }
}

void Layout::push(int indent, const std::string& code) {
  lines_.push_back(Line{std::string(static_cast<std::size_t>(indent), ' ') + code, {}, 0});
  at_block_start_ = false;
}

void Layout::place_comments(SourcePos limit, SourcePos trailing_limit, int indent, Spacing spacing,
                            bool& first) {
  while (next_comment_ < comments_.size() && comments_[next_comment_]->span.begin < limit) {
    const ast::Comment& comment = *comments_[next_comment_++];
    std::string text = trim_right(comment.text);
    const SourcePos& begin = comment.span.begin;
    if (comment.trailing && open_line_ && begin.line == open_line_end_ && begin < trailing_limit) {
      lines_[*open_line_].comment = text;
      lines_[*open_line_].comment_column = begin.column;
      open_line_.reset();
      continue;
    }
    separate(spacing, first, begin.line);
    first = false;
    push(indent, text);
    open_line_.reset();
    last_end_line_ = comment.span.begin.line;
  }
}

void Layout::line(int indent, const std::string& code, SourceRange range, Spacing spacing,
                  const std::string& doc) {
  bool first = true;
  place_comments(range.end, range.begin, indent, spacing, first);
  separate(spacing, first, range.begin.line);
  if (!doc.empty()) {
    std::size_t start = 0;
    while (true) {
      std::size_t end = doc.find('\n', start);
      std::string text = trim_right(doc.substr(start, end - start));
      push(indent, text.empty() ? "///" : "/// " + text);
      if (end == std::string::npos) break;
      start = end + 1;
    }
  }
  push(indent, code);
  open_line_ = lines_.size() - 1;
  open_line_end_ = range.end.line;
  last_end_line_ = range.end.line;
}

void Layout::close_block(int inner_indent, int indent, SourcePos brace) {
  bool first = false;
  place_comments(brace, brace, inner_indent, Spacing::AsWritten, first);
  line(indent, "}", SourceRange{brace, advance(brace, 1)}, Spacing::Never);
}

bool Layout::has_comment_between(SourcePos from, SourcePos to) const {
  for (std::size_t i = next_comment_; i < comments_.size(); ++i) {
    const SourcePos& begin = comments_[i]->span.begin;
    if (to <= begin) return false;
    if (from <= begin) return true;
  }
  return false;
}

void Layout::align_trailing_comments() {
  std::size_t i = 0;
  while (i < lines_.size()) {
    if (lines_[i].comment.empty()) {
      ++i;
      continue;
    }
    // A run of consecutive lines with trailing comments shares one column: the
    // rightmost of where the source had them and two spaces past the longest code.
    std::size_t end = i;
    std::size_t column = 0;
    for (; end < lines_.size() && !lines_[end].comment.empty(); ++end) {
      column = std::max({column, lines_[end].code.size() + kTrailingCommentGap,
                         static_cast<std::size_t>(lines_[end].comment_column)});
    }
    for (; i < end; ++i) {
      Line& line = lines_[i];
      line.code.append(column - line.code.size(), ' ');
      line.code += line.comment;
    }
  }
}

std::string Layout::finish() {
  SourcePos end_of_file{UINT32_MAX, UINT32_MAX};
  bool first = false;
  place_comments(end_of_file, end_of_file, 0, Spacing::AsWritten, first);
  align_trailing_comments();
  std::string out;
  for (const Line& line : lines_) {
    out += line.code;
    out += '\n';
  }
  return out;
}

}  // namespace lys::printer
