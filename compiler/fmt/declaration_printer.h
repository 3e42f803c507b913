// Prints the declarations of one file into a Layout, in the order written: apps,
// their members one blank line apart, and the members of entities, enums and
// fixtures with their alignment runs.
#pragma once

#include <string>

#include "compiler/ast/ast.h"
#include "compiler/fmt/layout.h"
#include "compiler/fmt/source_text.h"

namespace lys::printer {

constexpr int kIndent = 2;
constexpr std::size_t kLineLimit = 100;

class DeclarationPrinter {
 public:
  DeclarationPrinter(const SourceText& source, Layout& layout) : source_(source), layout_(layout) {}

  void print(const ast::File& file);

 private:
  void print_app(const ast::App& app, Spacing spacing);
  void print_member(const ast::AppMember& member, int indent);
  void print_enum(const ast::Enum& decl, int indent);
  void print_entity(const ast::Entity& entity, int indent);
  void print_operation(const ast::NamedOperation& operation, int indent);
  void print_fixtures(const ast::Fixtures& fixtures, int indent);
  void print_record_lines(const ast::FixtureRecord& record, int indent);

  // Opens a block `header {` written from `begin` to after `last` (the end of the
  // header's last element), or prints `header {}` when the block is empty. Returns
  // whether a block was opened.
  bool open_block(int indent, const std::string& header, SourcePos begin, SourcePos last,
                  SourcePos end, bool empty, Spacing spacing, const std::string& doc);
  void close_block(int indent, SourcePos end);
  // The range from `begin` through the token that starts after `after` (`{`,
  // `delete`, `extern`), `length` bytes long.
  SourceRange through_token(SourcePos begin, SourcePos after, std::uint32_t length) const;
  // True when the source has a blank line between two members.
  bool blank_between(const SourceSpan& previous, const SourceSpan& next) const;

  const SourceText& source_;
  Layout& layout_;
};

}  // namespace lys::printer
