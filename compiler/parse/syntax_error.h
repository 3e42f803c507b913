// The wording of syntax errors. The parser gathers the facts (what it found, what it
// could have accepted, where it was); this turns them into one readable message.
#pragma once

#include <string>
#include <vector>

namespace lys::parse {

struct SyntaxErrorFacts {
  std::string unexpected;             // as written: "'}'", "identifier 'decimal'", "end of file"
  std::vector<std::string> expected;  // the same way, in grammar order, without duplicates
  std::string field_name;             // set when the error follows a field's name
  bool at_end_of_file = false;
  bool chained_comparison = false;  // `a == b == c`
};

// "expected ':' after field name 'price'", "unexpected '}', expected identifier or '('",
// "unexpected end of file; a '}' is missing", or "unexpected X" alone when too many
// tokens would fit.
std::string syntax_error_message(const SyntaxErrorFacts& facts);

}  // namespace lys::parse
