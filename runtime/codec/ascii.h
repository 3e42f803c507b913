// ASCII text as protocols compare it: header names and tokens, media types, JOSE
// values. Case folds A-Z only, whatever the locale; whitespace is space and tab (the
// optional whitespace of RFC 9110 §5.6.3).
#pragma once

#include <string_view>

namespace lys::codec {

bool equals_ignoring_case(std::string_view a, std::string_view b);

// `text` without the spaces and tabs around it.
std::string_view trim_whitespace(std::string_view text);

}  // namespace lys::codec
