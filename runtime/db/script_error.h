// A failure inside a script names the statement that failed, so a broken migration
// points at its line of SQL rather than at the whole section.
#pragma once

#include <string>
#include <string_view>

#include "lys/db/connection.h"

namespace lys::db {

inline Error in_statement(const Error& error, std::string_view statement) {
  return Error(error.kind(),
               std::string(error.what()) + "\n  in statement: " + std::string(statement),
               error.constraint());
}

}  // namespace lys::db
