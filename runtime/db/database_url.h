// Which database a URL names: `sqlite:PATH` or `postgresql://…` / `postgres://…`.
#pragma once

#include <string>
#include <string_view>

#include "lys/db/dialect.h"

namespace lys::db {

struct DatabaseUrl {
  Dialect dialect = Dialect::Sqlite;
  std::string target;  // the SQLite file path, or the libpq connection URI
};

// Throws Error(Other) on a malformed or unsupported URL; the message never repeats
// the URL's password.
DatabaseUrl parse_database_url(std::string_view url);

// `text` with every occurrence of the password of `url` (user:PASSWORD@host) masked.
std::string without_password(std::string text, std::string_view url);

}  // namespace lys::db
