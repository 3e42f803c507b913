// Fixtures: one record per line, `key { a: 1, b: "x" }`, keys padded so the braces of
// consecutive one-line records line up. A record that does not fit in the line
// limit, or holds comments, opens a block whose values keep the source's line
// breaks, each line filled up to the limit.
#include <algorithm>

#include "compiler/fmt/alignment.h"
#include "compiler/fmt/declaration_printer.h"
#include "compiler/fmt/syntax_text.h"

namespace lys::printer {

namespace {

std::string value_text(const ast::FixtureValue& value) {
  return value.field.text + ": " + expr_text(*value.value);
}

std::string one_line_body(const ast::FixtureRecord& record) {
  if (record.values.empty()) return "{}";
  std::string text = "{ ";
  for (std::size_t i = 0; i < record.values.size(); ++i) {
    if (i > 0) text += ", ";
    text += value_text(record.values[i]);
  }
  return text + " }";
}

// Values [begin, end) of one source line, cut into lines of at most the limit.
std::vector<std::pair<std::size_t, std::size_t>> fill_lines(const ast::FixtureRecord& record,
                                                            std::size_t begin, std::size_t end,
                                                            int indent) {
  std::vector<std::pair<std::size_t, std::size_t>> lines;
  std::size_t first = begin;
  std::size_t width = static_cast<std::size_t>(indent) + value_text(record.values[begin]).size();
  for (std::size_t i = begin + 1; i < end; ++i) {
    std::size_t added = 2 + value_text(record.values[i]).size();
    bool comma_after = i + 1 < record.values.size();
    if (width + added + (comma_after ? 1 : 0) > kLineLimit) {
      lines.emplace_back(first, i);
      first = i;
      width = static_cast<std::size_t>(indent) + added - 2;
    } else {
      width += added;
    }
  }
  lines.emplace_back(first, end);
  return lines;
}

}  // namespace

void DeclarationPrinter::print_fixtures(const ast::Fixtures& fixtures, int indent) {
  std::string header = "fixtures " + fixtures.entity.str();
  SourcePos last = fixtures.entity.span.end;
  if (!fixtures.environments.empty()) {
    header += " for " + names_text(fixtures.environments);
    last = fixtures.environments.back().span.end;
  }
  if (!open_block(indent, header, fixtures.span.begin, last, fixtures.span.end,
                  fixtures.records.empty(), Spacing::Always, fixtures.attributes.doc)) {
    return;
  }
  int inner = indent + kIndent;
  // Whether a record fits on one line is decided with its key padded to the longest
  // key, so padding never pushes a record past the limit.
  std::size_t longest_key = 0;
  for (const ast::FixtureRecord& record : fixtures.records) {
    longest_key = std::max(longest_key, record.key.text.size());
  }
  std::vector<AlignedItem> items;
  std::vector<bool> one_line;
  for (std::size_t i = 0; i < fixtures.records.size(); ++i) {
    const ast::FixtureRecord& record = fixtures.records[i];
    std::size_t width =
        static_cast<std::size_t>(inner) + longest_key + 1 + one_line_body(record).size();
    one_line.push_back(width <= kLineLimit &&
                       !layout_.has_comment_between(record.span.begin, record.span.end));
    // A multi-line record is a run of its own (kind i + 1): it breaks the alignment.
    items.push_back({one_line.back() ? 0 : static_cast<int>(i) + 1, record.key.text.size(),
                     i > 0 && blank_between(fixtures.records[i - 1].span, record.span)});
  }
  std::vector<std::size_t> widths = run_widths(items);
  for (std::size_t i = 0; i < fixtures.records.size(); ++i) {
    const ast::FixtureRecord& record = fixtures.records[i];
    if (one_line[i]) {
      layout_.line(inner, pad(record.key.text, widths[i]) + " " + one_line_body(record),
                   {record.span.begin, record.span.end}, Spacing::AsWritten);
    } else {
      print_record_lines(record, inner);
    }
  }
  close_block(indent, fixtures.span.end);
}

void DeclarationPrinter::print_record_lines(const ast::FixtureRecord& record, int indent) {
  layout_.line(indent, record.key.text + " {",
               through_token(record.span.begin, record.key.span.end, 1), Spacing::AsWritten);
  layout_.open_block();
  int inner = indent + kIndent;
  const std::vector<ast::FixtureValue>& values = record.values;
  std::size_t begin = 0;
  while (begin < values.size()) {
    // The values written on one source line stay together.
    std::size_t end = begin + 1;
    while (end < values.size() && values[end].span.begin.line <= values[end - 1].span.end.line) {
      ++end;
    }
    for (auto [first, last] : fill_lines(record, begin, end, inner)) {
      std::string text;
      for (std::size_t i = first; i < last; ++i) {
        if (i > first) text += ", ";
        text += value_text(values[i]);
      }
      if (last < values.size()) text += ",";
      layout_.line(inner, text, {values[first].span.begin, values[last - 1].span.end},
                   Spacing::Never);
    }
    begin = end;
  }
  close_block(indent, record.span.end);
}

}  // namespace lys::printer
