// The SQL functions the runtime's SQLite statements rely on, registered on every
// connection: lys_seal(text) (the unpadded base64url, RFC 4648 §5, of the text and its
// tag, codec/seal.h: global ids, cursors) and lys_base64(blob) (RFC 4648 §4: Bytes
// values). PostgreSQL has encode() and sha256() instead.
#pragma once

struct sqlite3;

namespace lys::db {

// Returns an SQLite result code.
int register_sqlite_functions(sqlite3* handle);

}  // namespace lys::db
