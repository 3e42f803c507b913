// Splits a PostgreSQL script into its statements, so a failing migration names the
// statement that failed rather than the whole section.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lys::migtest {

// Statements end at ';' outside string literals, quoted names, comments and
// dollar-quoted bodies; blank statements are dropped, the ';' is kept.
std::vector<std::string> split_statements(std::string_view script);

}  // namespace lys::migtest
