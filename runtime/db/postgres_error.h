// PostgreSQL failures as db::Error: the kind from the SQLSTATE, the constraint (or,
// for NOT NULL, the column) from the error's fields.
#pragma once

#include "lys/db/connection.h"

struct pg_conn;
struct pg_result;

namespace lys::db {

// The error of a failed `result` (may be null when the connection broke) on `connection`.
Error postgres_error(pg_conn* connection, const pg_result* result);

}  // namespace lys::db
