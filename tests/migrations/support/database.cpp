#include "support/database.h"

#include <stdlib.h>

#include <stdexcept>

namespace lys::migtest {

Database::Database(const std::string& url)
    : pool_(db::Database::open({.url = url, .pool_size = 1})) {
  std::string pattern = (std::filesystem::temp_directory_path() / "lys-migtest-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("cannot create " + pattern);
  migrations_dir_ = pattern;
}

Database::~Database() {
  std::error_code ignored;
  std::filesystem::remove_all(migrations_dir_, ignored);
}

void Database::execute(const std::string& sql) {
  pool_->acquire()->execute_script(sql);
}

std::vector<Row> Database::query(const std::string& sql) {
  const db::Rows rows = pool_->acquire()->query(sql);
  std::vector<Row> result;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    Row row;
    for (std::size_t c = 0; c < rows.columns().size(); ++c) {
      row.push_back(rows.is_null(r, c) ? std::nullopt
                                       : std::optional<std::string>(rows.text(r, c)));
    }
    result.push_back(std::move(row));
  }
  return result;
}

}  // namespace lys::migtest
