// The value of a string literal: its escapes (\" \\ \n \t \uXXXX) decoded to UTF-8.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lys::parse {

struct LiteralError {
  std::size_t offset = 0;  // in the body, from the first byte after the opening quote
  std::size_t length = 0;
  std::string message;
};

// Decodes a literal's body (the text between the quotes). Each bad escape or control
// character is reported once and left out of the value.
std::string unescape(std::string_view body, std::vector<LiteralError>& errors);

}  // namespace lys::parse
