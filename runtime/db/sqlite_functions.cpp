#include "db/sqlite_functions.h"

#include <sqlite3.h>

#include <string>
#include <string_view>

#include "codec/base64.h"
#include "codec/seal.h"

namespace lys::db {
namespace {

using Encoder = std::string (*)(std::string_view);

// Encodes the argument's bytes (text or blob alike); NULL stays NULL.
template <Encoder encode>
void encode_argument(sqlite3_context* context, int, sqlite3_value** arguments) {
  if (sqlite3_value_type(arguments[0]) == SQLITE_NULL) {
    sqlite3_result_null(context);
    return;
  }
  const void* data = sqlite3_value_blob(arguments[0]);
  const int size = sqlite3_value_bytes(arguments[0]);
  const std::string encoded =
      encode(std::string_view(static_cast<const char*>(data), static_cast<std::size_t>(size)));
  sqlite3_result_text(context, encoded.data(), static_cast<int>(encoded.size()), SQLITE_TRANSIENT);
}

std::string sealed_base64url(std::string_view message) {
  return codec::base64url(codec::seal(message));
}

int register_function(sqlite3* handle, const char* name, int flags,
                      decltype(&encode_argument<codec::base64>) fn) {
  return sqlite3_create_function_v2(handle, name, 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | flags,
                                    nullptr, fn, nullptr, nullptr, nullptr);
}

}  // namespace

int register_sqlite_functions(sqlite3* handle) {
  // lys_seal uses the id key: only statements lys runs may call it, never a view or
  // trigger someone stored in the database file (SQLITE_DIRECTONLY).
  const int result =
      register_function(handle, "lys_seal", SQLITE_DIRECTONLY, &encode_argument<sealed_base64url>);
  if (result != SQLITE_OK) return result;
  return register_function(handle, "lys_base64", SQLITE_INNOCUOUS, &encode_argument<codec::base64>);
}

}  // namespace lys::db
