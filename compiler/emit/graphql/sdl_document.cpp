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

std::string with_default(const std::string& declaration, const std::string& default_value) {
  return default_value.empty() ? declaration : declaration + " = " + default_value;
}

std::string argument_text(const SdlArgument& argument) {
  return with_default(argument.name + ": " + argument.type, argument.default_value);
}

void print_description(std::string& out, const std::string& description,
                       const std::string& indent) {
  if (description.empty()) return;
  out += indent + description_literal(description, indent) + "\n";
}

void print_field(std::string& out, const SdlField& field) {
  const std::string indent = "  ";
  print_description(out, field.description, indent);
  std::string type_part = with_default(": " + field.type, field.default_value);
  if (field.arguments.empty()) {
    out += indent + field.name + type_part + "\n";
    return;
  }
  std::string one_line = indent + field.name + "(";
  for (std::size_t i = 0; i < field.arguments.size(); ++i) {
    if (i > 0) one_line += ", ";
    one_line += argument_text(field.arguments[i]);
  }
  one_line += ")" + type_part;
  if (one_line.size() <= kMaxLineWidth) {
    out += one_line + "\n";
    return;
  }
  out += indent + field.name + "(\n";
  for (const SdlArgument& argument : field.arguments) {
    out += indent + indent + argument_text(argument) + "\n";
  }
  out += indent + ")" + type_part + "\n";
}

void print_definition(std::string& out, const SdlDefinition& definition) {
  print_description(out, definition.description, "");
  out += std::string(keyword(definition.kind)) + " " + definition.name;
  for (std::size_t i = 0; i < definition.interfaces.size(); ++i) {
    out += (i == 0 ? " implements " : " & ") + definition.interfaces[i];
  }
  if (!definition.directives.empty()) out += " " + definition.directives;
  if (definition.kind == SdlDefinition::Kind::Scalar) {
    out += "\n";
    return;
  }
  out += " {\n";
  for (const SdlField& field : definition.fields) print_field(out, field);
  for (const SdlEnumValue& value : definition.values) {
    print_description(out, value.description, "  ");
    out += "  " + value.name + "\n";
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
