#include "compiler/fmt/declaration_printer.h"

#include "compiler/fmt/alignment.h"
#include "compiler/fmt/syntax_text.h"

namespace lys::printer {

namespace {

// The kinds of entity members that align among themselves.
enum MemberKind : int { kField, kConstraint, kScope, kAllow };

SourceSpan span_of(const ast::EntityMember& member) {
  return std::visit([](const auto& m) { return m.span; }, member);
}

// The position of a block's closing brace, the last byte of a block's span.
SourcePos closing_brace(SourcePos block_end) {
  return SourcePos{block_end.line, block_end.column > 0 ? block_end.column - 1 : 0};
}

SourcePos header_end(const ast::Name& name, const ast::Attributes& attributes) {
  return attributes.annotations.empty() ? name.span.end : attributes.annotations.back().span.end;
}

std::string constraint_keyword(ast::ConstraintKind kind) {
  switch (kind) {
    case ast::ConstraintKind::Unique:
      return "unique";
    case ast::ConstraintKind::Index:
      return "index";
    case ast::ConstraintKind::Check:
      return "check";
  }
  return "check";
}

std::string operations_text(const ast::AllowRule& rule) {
  std::string text;
  for (const ast::OperationRef& operation : rule.operations) {
    if (!text.empty()) text += ", ";
    text += operation_text(operation.op);
  }
  return text;
}

// `allow read   to anonymous where …`: a rule with one operation pads it to
// `width`, so the `to` of consecutive single-operation rules line up.
std::string allow_text(const ast::AllowRule& rule, std::size_t width) {
  std::string text = "allow ";
  if (!rule.operations.empty()) {
    std::string operations = operations_text(rule);
    text += (rule.operations.size() == 1 ? pad(operations, width) : operations) + " ";
  }
  text += "to ";
  for (std::size_t i = 0; i < rule.principals.size(); ++i) {
    if (i > 0) text += ", ";
    text += principal_text(rule.principals[i]);
  }
  if (rule.condition) text += " where " + expr_text(*rule.condition);
  return text;
}

AlignedItem aligned_item(const ast::EntityMember& member) {
  struct Measure {
    AlignedItem operator()(const ast::Field& field) const {
      return {kField, field.name.text.size() + 1};
    }
    AlignedItem operator()(const ast::TableConstraint& constraint) const {
      return {kConstraint, constraint_keyword(constraint.kind).size()};
    }
    AlignedItem operator()(const ast::TenantDecl&) const { return {kScope, 6}; }
    AlignedItem operator()(const ast::OwnerDecl&) const { return {kScope, 5}; }
    AlignedItem operator()(const ast::AllowRule& rule) const {
      return {kAllow, rule.operations.size() == 1 ? operations_text(rule).size() : 0};
    }
  };
  return std::visit(Measure{}, member);
}

std::string member_text(const ast::EntityMember& member, std::size_t width) {
  struct Text {
    std::size_t width;
    std::string operator()(const ast::Field& field) const {
      std::string text = pad(field.name.text + ":", width) + " " + type_text(field.type);
      if (field.default_value) text += " = " + expr_text(*field.default_value);
      if (field.type.on_delete) text += " " + on_delete_text(*field.type.on_delete);
      return text + annotations_suffix(field.attributes.annotations);
    }
    std::string operator()(const ast::TableConstraint& constraint) const {
      std::string inside = constraint.kind == ast::ConstraintKind::Check
                               ? expr_text(*constraint.condition)
                               : names_text(constraint.fields);
      return pad(constraint_keyword(constraint.kind), width) + " (" + inside + ")";
    }
    std::string operator()(const ast::TenantDecl& tenant) const {
      return pad("tenant", width) + " " + tenant.field.text;
    }
    std::string operator()(const ast::OwnerDecl& owner) const {
      return pad("owner", width) + " " + owner.field.text;
    }
    std::string operator()(const ast::AllowRule& rule) const { return allow_text(rule, width); }
  };
  return std::visit(Text{width}, member);
}

std::string parameter_text(const ast::Parameter& parameter) {
  std::string text = parameter.name.text + ": " + type_text(parameter.type);
  if (parameter.default_value) text += " = " + expr_text(*parameter.default_value);
  return text;
}

std::string order_text(const std::vector<ast::OrderTerm>& order) {
  std::string text = "order by ";
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (i > 0) text += ", ";
    text += order[i].field.str();
    if (order[i].descending) {
      text += " desc";
    } else if (order[i].explicit_direction) {
      text += " asc";
    }
  }
  return text;
}

std::string assignments_text(const std::vector<ast::Assignment>& assignments) {
  std::string text = "set ";
  for (std::size_t i = 0; i < assignments.size(); ++i) {
    if (i > 0) text += ", ";
    text += assignments[i].field.text + " = " + expr_text(*assignments[i].value);
  }
  return text;
}

}  // namespace

void DeclarationPrinter::print(const ast::File& file) {
  for (const ast::App& app : file.apps) print_app(app, Spacing::Always);
}

SourceRange DeclarationPrinter::through_token(SourcePos begin, SourcePos after,
                                              std::uint32_t length) const {
  return SourceRange{begin, advance(source_.next_token(after), length)};
}

bool DeclarationPrinter::blank_between(const SourceSpan& previous, const SourceSpan& next) const {
  return source_.blank_line_between(previous.end.line, next.begin.line);
}

bool DeclarationPrinter::open_block(int indent, const std::string& header, SourcePos begin,
                                    SourcePos last, SourcePos end, bool empty, Spacing spacing,
                                    const std::string& doc) {
  SourceRange range = through_token(begin, last, 1);
  if (empty && !layout_.has_comment_between(range.end, end)) {
    layout_.line(indent, header + " {}", SourceRange{begin, end}, spacing, doc);
    return false;
  }
  layout_.line(indent, header + " {", range, spacing, doc);
  layout_.open_block();
  return true;
}

void DeclarationPrinter::close_block(int indent, SourcePos end) {
  layout_.close_block(indent + kIndent, indent, closing_brace(end));
}

void DeclarationPrinter::print_app(const ast::App& app, Spacing spacing) {
  std::string header = "app " + app.name.text + annotations_suffix(app.attributes.annotations);
  if (!open_block(0, header, app.span.begin, header_end(app.name, app.attributes), app.span.end,
                  app.members.empty(), spacing, app.attributes.doc)) {
    return;
  }
  for (const ast::AppMember& member : app.members) print_member(member, kIndent);
  close_block(0, app.span.end);
}

void DeclarationPrinter::print_member(const ast::AppMember& member, int indent) {
  if (const auto* uses = std::get_if<ast::Uses>(&member)) {
    layout_.line(indent, "uses " + names_text(uses->apps), {uses->span.begin, uses->span.end},
                 Spacing::Always);
  } else if (const auto* decl = std::get_if<ast::Enum>(&member)) {
    print_enum(*decl, indent);
  } else if (const auto* entity = std::get_if<ast::Entity>(&member)) {
    print_entity(*entity, indent);
  } else if (const auto* fixtures = std::get_if<ast::Fixtures>(&member)) {
    print_fixtures(*fixtures, indent);
  } else {
    print_operation(std::get<ast::NamedOperation>(member), indent);
  }
}

void DeclarationPrinter::print_enum(const ast::Enum& decl, int indent) {
  std::string header = "enum " + decl.name.text + annotations_suffix(decl.attributes.annotations);
  if (!open_block(indent, header, decl.span.begin, header_end(decl.name, decl.attributes),
                  decl.span.end, decl.values.empty(), Spacing::Always, decl.attributes.doc)) {
    return;
  }
  for (const ast::EnumValue& value : decl.values) {
    layout_.line(indent + kIndent,
                 value.name.text + annotations_suffix(value.attributes.annotations),
                 {value.span.begin, value.span.end}, Spacing::AsWritten, value.attributes.doc);
  }
  close_block(indent, decl.span.end);
}

void DeclarationPrinter::print_entity(const ast::Entity& entity, int indent) {
  std::string keyword = entity.kind == ast::EntityKind::Entity ? "entity " : "parametric ";
  std::string header =
      keyword + entity.name.text + annotations_suffix(entity.attributes.annotations);
  if (!open_block(indent, header, entity.span.begin, header_end(entity.name, entity.attributes),
                  entity.span.end, entity.members.empty(), Spacing::Always,
                  entity.attributes.doc)) {
    return;
  }
  std::vector<AlignedItem> items;
  for (std::size_t i = 0; i < entity.members.size(); ++i) {
    items.push_back(aligned_item(entity.members[i]));
    items.back().blank_before =
        i > 0 && blank_between(span_of(entity.members[i - 1]), span_of(entity.members[i]));
  }
  std::vector<std::size_t> widths = run_widths(items);
  for (std::size_t i = 0; i < entity.members.size(); ++i) {
    const ast::EntityMember& member = entity.members[i];
    const auto* field = std::get_if<ast::Field>(&member);
    SourceSpan span = span_of(member);
    layout_.line(indent + kIndent, member_text(member, widths[i]), {span.begin, span.end},
                 Spacing::AsWritten, field ? field->attributes.doc : std::string());
  }
  close_block(indent, entity.span.end);
}

void DeclarationPrinter::print_operation(const ast::NamedOperation& operation, int indent) {
  std::string header = operation.kind == ast::OperationKind::Query ? "query " : "mutation ";
  header += operation.name.text + "(";
  for (std::size_t i = 0; i < operation.parameters.size(); ++i) {
    if (i > 0) header += ", ";
    header += parameter_text(operation.parameters[i]);
  }
  header += ") : " + result_text(operation.result);
  SourceRange range{operation.span.begin, operation.result.span.end};
  if (operation.is_extern) {
    header += " extern";
    range = through_token(operation.span.begin, operation.result.span.end, 6);
  }
  layout_.line(indent, header, range, Spacing::Always, operation.attributes.doc);

  int inner = indent + kIndent;
  SourcePos cursor = range.end;
  auto clause = [&](const std::string& text, SourceRange clause_range) {
    layout_.line(inner, text, clause_range, Spacing::Never);
    cursor = clause_range.end;
  };
  if (operation.condition) {
    const SourceSpan& span = operation.condition->span;
    clause("where " + expr_text(*operation.condition), {span.begin, span.end});
  }
  if (!operation.order.empty()) {
    clause(order_text(operation.order),
           {operation.order.front().span.begin, operation.order.back().span.end});
  }
  if (!operation.assignments.empty()) {
    clause(assignments_text(operation.assignments),
           {operation.assignments.front().span.begin, operation.assignments.back().span.end});
  }
  if (operation.deletes) {
    SourcePos keyword = source_.next_token(cursor);
    clause("delete", {keyword, advance(keyword, 6)});
  }
  for (const ast::AllowRule& rule : operation.rules) {
    clause(allow_text(rule, 0), {rule.span.begin, rule.span.end});
  }
}

}  // namespace lys::printer
