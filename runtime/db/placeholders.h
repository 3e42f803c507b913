// SQLite spelling of the $1..$n placeholders every statement of the runtime uses.
#pragma once

#include <string>
#include <string_view>

namespace lys::db {

// Rewrites `$N` to `?N` outside string literals, quoted identifiers and comments,
// so the same SQL text runs on both dialects.
std::string sqlite_placeholders(std::string_view sql);

}  // namespace lys::db
