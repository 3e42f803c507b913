// SQLite failures as db::Error: the kind from the extended result code, the
// constraint from the message (SQLite names columns and CHECK names, not indexes).
#pragma once

#include "lys/db/connection.h"

struct sqlite3;

namespace lys::db {

// The error the last failed call on `handle` left, with `result` its extended code.
Error sqlite_error(sqlite3* handle, int result);

// Whether a failure with this extended code leaves the connection unusable.
bool sqlite_error_breaks_connection(int result);

}  // namespace lys::db
