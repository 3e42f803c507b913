// A list of values bound as one parameter (the `in` filter): the whole list in the
// text form each database reads back as rows (SQLite's json_each) or as an array
// (PostgreSQL). The statement is then the same whatever the list's length, and no list
// runs into the databases' limits on parameters per statement.
#pragma once

#include <span>
#include <string>

#include "lys/db/connection.h"

namespace lys::query {

// A JSON array: numbers and booleans as JSON numbers and booleans, text as strings,
// nulls as null. Throws std::logic_error on bytes, which JSON cannot hold.
std::string json_array_text(std::span<const db::Param> items);

// A PostgreSQL array literal, `{"a","b\"c",NULL}`: every element quoted, so any text
// reads back as itself. Throws std::logic_error on bytes.
std::string postgres_array_text(std::span<const db::Param> items);

}  // namespace lys::query
