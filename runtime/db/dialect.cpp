#include "lys/db/dialect.h"

namespace lys::db {

std::string_view dialect_name(Dialect dialect) {
  return dialect == Dialect::Sqlite ? "sqlite" : "postgres";
}

}  // namespace lys::db
