// SQLite keeps CHECK constraints only in the CREATE TABLE text of sqlite_master;
// no pragma lists them. This reads them back out of that text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lys::migtest {

struct TableCheck {
  std::string name;       // from `CONSTRAINT name CHECK (...)`; empty when unnamed
  std::string condition;  // the text between the parentheses, as written
};

// Table-level and column-level checks of a CREATE TABLE statement, in order.
std::vector<TableCheck> table_checks(std::string_view create_table_sql);

}  // namespace lys::migtest
