#include "compiler/ir/json_writer.h"

#include <array>

namespace lys::ir {

void JsonWriter::begin_object() {
  begin_value();
  out_ += '{';
  open_.push_back({.is_object = true});
}

void JsonWriter::end_object() {
  out_ += '\n';
  indent(open_.size() - 1);
  out_ += '}';
  open_.pop_back();
}

void JsonWriter::begin_array() {
  begin_value();
  out_ += '[';
  open_.push_back({.is_object = false});
}

void JsonWriter::end_array() {
  out_ += ']';
  open_.pop_back();
}

void JsonWriter::key(std::string_view name) {
  Container& object = open_.back();
  out_ += object.empty ? "\n" : ",\n";
  object.empty = false;
  indent(open_.size());
  out_ += '"';
  out_ += name;
  out_ += "\": ";
}

void JsonWriter::string(std::string_view text) {
  begin_value();
  out_ += '"';
  for (char c : text) {
    switch (c) {
      case '"':
        out_ += "\\\"";
        break;
      case '\\':
        out_ += "\\\\";
        break;
      case '\b':
        out_ += "\\b";
        break;
      case '\f':
        out_ += "\\f";
        break;
      case '\n':
        out_ += "\\n";
        break;
      case '\r':
        out_ += "\\r";
        break;
      case '\t':
        out_ += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          constexpr std::string_view kHex = "0123456789abcdef";
          out_ += "\\u00";
          out_ += kHex[static_cast<unsigned char>(c) >> 4];
          out_ += kHex[static_cast<unsigned char>(c) & 0xf];
        } else {
          out_ += c;
        }
    }
  }
  out_ += '"';
}

void JsonWriter::number(int value) {
  begin_value();
  out_ += std::to_string(value);
}

void JsonWriter::boolean(bool value) {
  begin_value();
  out_ += value ? "true" : "false";
}

void JsonWriter::begin_value() {
  if (open_.empty() || open_.back().is_object) return;  // a member's key is written
  if (!open_.back().empty) out_ += ", ";
  open_.back().empty = false;
}

void JsonWriter::indent(std::size_t depth) {
  out_.append(2 * depth, ' ');
}

}  // namespace lys::ir
