#include "compiler/emit/cpp/enum_generator.h"

#include "compiler/emit/cpp/cpp_text.h"

namespace lys::emit::cpp {

namespace {

std::string declaration(const ir::Enum& enumeration) {
  std::string name = identifier(enumeration.name);
  std::string text = doc_comment(enumeration.doc, 0) + "enum class " + name + " {\n";
  for (const ir::EnumValue& value : enumeration.values) {
    text += doc_comment(value.doc, 2) + "  " + identifier(value.name) + ",\n";
  }
  return text + "};\n\nstd::string_view to_string(" + name +
         " value);\n// False when `text` names no value.\nbool from_string(std::string_view "
         "text, " +
         name + "& value);\n";
}

std::string names_table(const ir::Enum& enumeration) {
  std::string name = identifier(enumeration.name);
  std::string table = "k" + name + "Names";
  std::string text = "constexpr std::pair<" + name + ", std::string_view> " + table + "[] = {\n";
  for (const ir::EnumValue& value : enumeration.values) {
    text +=
        "    {" + name + "::" + identifier(value.name) + ", " + string_literal(value.name) + "},\n";
  }
  return text + "};\n";
}

std::string functions(const ir::Enum& enumeration) {
  std::string name = identifier(enumeration.name);
  std::string table = "k" + name + "Names";
  return "std::string_view to_string(" + name + " value) {\n" +
         "  for (const auto& [candidate, text] : " + table + ") {\n" +
         "    if (candidate == value) return text;\n  }\n  return {};\n}\n\n" +
         "bool from_string(std::string_view text, " + name + "& value) {\n" +
         "  for (const auto& [candidate, candidate_text] : " + table + ") {\n" +
         "    if (candidate_text != text) continue;\n    value = candidate;\n" +
         "    return true;\n  }\n  return false;\n}\n";
}

}  // namespace

void EnumGenerator::generate(const ir::Schema& schema, OutputSink& out) const {
  for (const ir::App& app : schema.apps) {
    std::string header;
    std::string tables;
    std::string source;
    for (const ir::Enum& enumeration : schema.enums) {
      if (enumeration.app != app.name) continue;
      header += "\n" + declaration(enumeration);
      tables += "\n" + names_table(enumeration);
      source += "\n" + functions(enumeration);
    }
    if (header.empty()) continue;
    std::string ns = "namespace " + app.name + " {\n";
    std::string end = "\n}  // namespace " + app.name + "\n";
    out.write("cpp/" + app.name + "/enums.h", banner(schema) + "// The enums of app " + app.name +
                                                  ".\n#pragma once\n\n#include <string_view>\n\n" +
                                                  ns + header + end);
    out.write("cpp/" + app.name + "/enums.cpp",
              banner(schema) + "#include \"" + app.name + "/enums.h\"\n\n#include <utility>\n\n" +
                  ns + "\nnamespace {\n" + tables + "\n}  // namespace\n" + source + end);
  }
}

}  // namespace lys::emit::cpp
