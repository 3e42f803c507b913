// Reading SQL text without parsing it: where string literals, quoted names, comments
// and dollar-quoted bodies end, and where one statement of a script stops.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lys::db {

// Each returns the index just past the construct starting at `begin`, or `begin`
// itself when none starts there.
std::size_t skip_quoted(std::string_view sql, std::size_t begin);         // '…' or "…"
std::size_t skip_comment(std::string_view sql, std::size_t begin);        // -- … or /* … */
std::size_t skip_dollar_quoted(std::string_view sql, std::size_t begin);  // $tag$ … $tag$

// A script's statements: each ends at ';' outside the constructs above; blank ones are
// dropped, leading blanks trimmed, the ';' kept.
std::vector<std::string> split_statements(std::string_view script);

}  // namespace lys::db
