#include "compiler/fmt/source_text.h"

namespace lys::printer {

namespace {
bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\r';
}
}  // namespace

SourceText::SourceText(std::string_view text) : text_(text), line_starts_{0} {
  for (std::size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
  }
}

std::string_view SourceText::line(std::uint32_t index) const {
  if (index >= line_starts_.size()) return {};
  std::size_t begin = line_starts_[index];
  std::size_t end = index + 1 < line_starts_.size() ? line_starts_[index + 1] - 1 : text_.size();
  return text_.substr(begin, end - begin);
}

bool SourceText::blank_line_between(std::uint32_t after, std::uint32_t before) const {
  for (std::uint32_t index = after + 1; index < before; ++index) {
    std::string_view text = line(index);
    bool blank = true;
    for (char c : text) blank = blank && is_blank(c);
    if (blank) return true;
  }
  return false;
}

SourcePos SourceText::next_token(SourcePos from) const {
  for (std::uint32_t index = from.line; index < line_starts_.size(); ++index) {
    std::string_view text = line(index);
    for (std::uint32_t column = index == from.line ? from.column : 0; column < text.size();
         ++column) {
      if (is_blank(text[column])) continue;
      if (text.substr(column, 2) == "//") break;  // the rest of the line is a comment
      return SourcePos{index, column};
    }
  }
  return from;
}

}  // namespace lys::printer
