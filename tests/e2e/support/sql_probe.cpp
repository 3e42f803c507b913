#include "support/sql_probe.h"

namespace lys::e2e {

SqlProbe::SqlProbe(const std::string& url)
    : database_(db::Database::open(db::DatabaseOptions{.url = url, .pool_size = 1})) {}

std::string SqlProbe::dump(const std::string& sql) {
  db::Database::Lease connection = database_->acquire();
  db::Rows rows = connection->query(sql);
  std::string text;
  for (std::size_t row = 0; row < rows.size(); ++row) {
    for (std::size_t column = 0; column < rows.columns().size(); ++column) {
      if (column > 0) text += '|';
      text += rows.is_null(row, column) ? "NULL" : std::string(rows.text(row, column));
    }
    text += '\n';
  }
  return text;
}

std::int64_t SqlProbe::count(const std::string& table) {
  db::Database::Lease connection = database_->acquire();
  return connection->query("SELECT count(*) FROM " + table).integer(0, 0);
}

void SqlProbe::execute(const std::string& sql) {
  db::Database::Lease connection = database_->acquire();
  connection->execute_script(sql);
}

}  // namespace lys::e2e
