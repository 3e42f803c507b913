#include "compiler/emit/graphql/sdl_document.h"

#include <cstdio>

namespace lys::emit::graphql {

namespace {

const char* keyword(SdlDefinition::Kind kind) {
  switch (kind) {
    case SdlDefinition::Kind::Scalar:
      return "scalar";
    case SdlDefinition::Kind::Interface:
      return "interface";
    case SdlDefinition::Kind::Object:
      return "type";
    case SdlDefinition::Kind::Input:
      return "input";
    case SdlDefinition::Kind::Enum:
      return "enum";
  }
  return "type";
}

void append_default(std::string& out, const std::string& default_value) {
  if (default_value.empty()) return;
  out += " = ";
  out += default_value;
}

void append_argument(std::string& out, const SdlArgument& argument) {
  out += argument.name;
  out += ": ";
  out += argument.type;
  append_default(out, argument.default_value);
}

// `: Type = default` and the end of the line.
void append_field_type(std::string& out, const SdlField& field) {
  out += ": ";
  out += field.type;
  append_default(out, field.default_value);
  out += '\n';
}

void print_description(std::string& out, const std::string& description,
                       const std::string& indent) {
  if (description.empty()) return;
  out += indent;
  out += description_literal(description, indent);
  out += '\n';
}

void print_field(std::string& out, const SdlField& field) {
  const std::string indent = "  ";
  print_description(out, field.description, indent);
  std::size_t line_start = out.size();
  out += indent;
  out += field.name;
  if (!field.arguments.empty()) {
    out += '(';
    for (std::size_t i = 0; i < field.arguments.size(); ++i) {
      if (i > 0) out += ", ";
      append_argument(out, field.arguments[i]);
    }
    out += ')';
  }
  append_field_type(out, field);
  // Without its newline, the line fits: done. Otherwise one argument per line.
  if (field.arguments.empty() || out.size() - line_start - 1 <= kMaxLineWidth) return;
  out.resize(line_start);
  out += indent + field.name + "(\n";
  for (const SdlArgument& argument : field.arguments) {
    out += indent + indent;
    append_argument(out, argument);
    out += '\n';
  }
  out += indent + ")";
  append_field_type(out, field);
}

void print_definition(std::string& out, const SdlDefinition& definition) {
  print_description(out, definition.description, "");
  out += keyword(definition.kind);
  out += ' ';
  out += definition.name;
  for (std::size_t i = 0; i < definition.interfaces.size(); ++i) {
    out += i == 0 ? " implements " : " & ";
    out += definition.interfaces[i];
  }
  if (!definition.directives.empty()) {
    out += ' ';
    out += definition.directives;
  }
  if (definition.kind == SdlDefinition::Kind::Scalar) {
    out += '\n';
    return;
  }
  out += " {\n";
  for (const SdlField& field : definition.fields) print_field(out, field);
  for (const SdlEnumValue& value : definition.values) {
    print_description(out, value.description, "  ");
    out += "  ";
    out += value.name;
    out += '\n';
  }
  out += "}\n";
}

void print_heading(std::string& out, const std::string& heading) {
  std::size_t start = 0;
  while (start <= heading.size()) {
    std::size_t end = heading.find('\n', start);
    if (end == std::string::npos) end = heading.size();
    std::string line = heading.substr(start, end - start);
    out += line.empty() ? "#\n" : "# " + line + "\n";
    start = end + 1;
  }
}

}  // namespace

std::string string_literal(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (byte < 0x20) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04X", byte);
      out += escaped;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string description_literal(const std::string& text, const std::string& indent) {
  if (text.find('\n') == std::string::npos) return string_literal(text);
  std::string out = "\"\"\"\n";
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    // The only sequence a block string cannot hold as it is.
    for (std::size_t at = line.find("\"\"\""); at != std::string::npos;
         at = line.find("\"\"\"", at + 4)) {
      line.insert(at, "\\");
    }
    out += line.empty() ? "\n" : indent + line + "\n";
    start = end + 1;
  }
  return out + indent + "\"\"\"";
}

std::string print_sdl(const std::vector<SdlSection>& sections) {
  std::string out;
  for (const SdlSection& section : sections) {
    if (section.heading.empty() && section.definitions.empty()) continue;
    if (!out.empty()) out += "\n";
    if (!section.heading.empty()) {
      print_heading(out, section.heading);
      if (!section.definitions.empty()) out += "\n";
    }
    for (std::size_t i = 0; i < section.definitions.size(); ++i) {
      if (i > 0) out += "\n";
      print_definition(out, section.definitions[i]);
    }
  }
  return out;
}

}  // namespace lys::emit::graphql
