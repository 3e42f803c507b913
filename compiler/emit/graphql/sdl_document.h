// A small model of the GraphQL SDL the generator writes, and its printer. The
// builders decide *what* the schema contains; this file alone decides how it looks
// (descriptions, argument wrapping, blank lines), so the output stays uniform.
#pragma once

#include <string>
#include <vector>

namespace lys::emit::graphql {

struct SdlArgument {
  std::string name;
  std::string type;           // a type reference: "ID!", "[ProductOrder!]"
  std::string default_value;  // SDL literal; empty: none
};

struct SdlField {
  std::string description;
  std::string name;
  std::vector<SdlArgument> arguments;
  std::string type;
  std::string default_value;  // input fields only; SDL literal; empty: none
};

struct SdlEnumValue {
  std::string description;
  std::string name;
};

struct SdlDefinition {
  enum class Kind { Scalar, Interface, Object, Input, Enum };
  Kind kind = Kind::Object;
  std::string description{};
  std::string name{};
  std::vector<std::string> interfaces{};  // Object: the interfaces it implements
  std::string directives{};               // e.g. "@specifiedBy(url: \"…\")"
  std::vector<SdlField> fields{};         // Interface, Object, Input
  std::vector<SdlEnumValue> values{};     // Enum
};

// A run of definitions printed together under an optional `# heading` comment.
struct SdlSection {
  std::string heading;
  std::vector<SdlDefinition> definitions;
};

// Prints the sections in order, one blank line between definitions. Fields whose
// arguments do not fit on one line of kMaxLineWidth get one argument per line.
std::string print_sdl(const std::vector<SdlSection>& sections);

// A GraphQL string literal for `text`: "…" on one line, a """block""" otherwise.
std::string description_literal(const std::string& text, const std::string& indent);

// `text` as a one-line GraphQL string value ("…", escaped).
std::string string_literal(const std::string& text);

inline constexpr std::size_t kMaxLineWidth = 100;

}  // namespace lys::emit::graphql
