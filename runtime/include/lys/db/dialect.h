// The SQL dialects lys speaks.
#pragma once

#include <string_view>

namespace lys::db {

enum class Dialect { Sqlite, Postgres };

// "sqlite" or "postgres", as in migration headers, folder names and URLs.
std::string_view dialect_name(Dialect dialect);

}  // namespace lys::db
