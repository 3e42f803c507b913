#include "compiler/parse/syntax_error.h"

#include <algorithm>

namespace lys::parse {

namespace {

// Beyond this many alternatives a list of them helps nobody.
constexpr std::size_t kMaxListed = 5;

std::string join_alternatives(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " or " : ", ";
    out += items[i];
  }
  return out;
}

}  // namespace

std::string syntax_error_message(const SyntaxErrorFacts& facts) {
  const std::vector<std::string>& expected = facts.expected;
  bool wants_colon = std::find(expected.begin(), expected.end(), "':'") != expected.end();
  if (wants_colon && !facts.field_name.empty()) {
    return "expected ':' after field name '" + facts.field_name + "'";
  }
  if (facts.chained_comparison) {
    return "unexpected " + facts.unexpected +
           "; comparisons cannot be chained, join them with 'and'";
  }
  std::string message = "unexpected " + facts.unexpected;
  bool wants_brace = std::find(expected.begin(), expected.end(), "'}'") != expected.end();
  if (facts.at_end_of_file && wants_brace && expected.size() > kMaxListed) {
    message += "; a '}' is missing";
  } else if (!expected.empty() && expected.size() <= kMaxListed) {
    message += ", expected " + join_alternatives(expected);
  }
  return message;
}

}  // namespace lys::parse
