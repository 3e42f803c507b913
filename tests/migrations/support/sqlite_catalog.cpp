// SqliteDatabase::read_catalog: sqlite_master and the table pragmas; checks come
// from the CREATE TABLE text.
#include <algorithm>
#include <map>

#include "support/sqlite_database.h"
#include "support/sqlite_table_checks.h"

namespace lys::migtest {
namespace {

std::string literal(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

std::vector<std::string> index_columns(Database& database, const std::string& index) {
  std::vector<std::string> columns;
  for (const Row& row : database.query("SELECT name FROM pragma_index_info(" + literal(index) +
                                       ") ORDER BY seqno")) {
    columns.push_back(row[0].value_or("<expression>"));
  }
  return columns;
}

void add_columns(Database& database, const std::string& table, Catalog& catalog) {
  std::vector<std::pair<int, std::string>> key;  // position in the primary key, column
  for (const Row& row : database.query("SELECT name, type, \"notnull\", dflt_value, pk FROM "
                                       "pragma_table_info(" +
                                       literal(table) + ")")) {
    catalog.facts.insert(column_fact(table, *row[0], *row[1], row[2] == "1", row[3]));
    if (row[4] != "0") key.emplace_back(std::stoi(*row[4]), *row[0]);
  }
  std::sort(key.begin(), key.end());
  std::vector<std::string> key_columns;
  for (const auto& [position, column] : key) key_columns.push_back(column);
  if (!key_columns.empty()) catalog.facts.insert(primary_key_fact(table, "", key_columns));
}

void add_foreign_keys(Database& database, const std::string& table, Catalog& catalog) {
  struct Key {
    std::string target, on_delete;
    std::vector<std::string> columns, target_columns;
  };
  std::map<int, Key> keys;
  for (const Row& row : database.query("SELECT id, \"table\", \"from\", \"to\", on_delete FROM "
                                       "pragma_foreign_key_list(" +
                                       literal(table) + ") ORDER BY id, seq")) {
    Key& key = keys[std::stoi(*row[0])];
    key.target = *row[1];
    key.on_delete = *row[4];
    key.columns.push_back(*row[2]);
    key.target_columns.push_back(row[3].value_or("<primary key>"));
  }
  for (const auto& [id, key] : keys) {
    catalog.facts.insert(
        foreign_key_fact(table, "", key.columns, key.target, key.target_columns, key.on_delete));
  }
}

void add_indexes(Database& database, const std::string& table, Catalog& catalog) {
  for (const Row& row : database.query("SELECT name, \"unique\", origin FROM pragma_index_list(" +
                                       literal(table) + ") WHERE origin <> 'pk'")) {
    // Indexes SQLite makes for inline UNIQUE constraints have generated names.
    const std::string name = row[2] == "c" ? *row[0] : "<unique constraint>";
    catalog.facts.insert(index_fact(table, name, index_columns(database, *row[0]), row[1] == "1"));
  }
}

}  // namespace

Catalog SqliteDatabase::read_catalog(const std::vector<std::string>& ignored) {
  Catalog catalog;
  for (const Row& row : query("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND "
                              "name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")) {
    const std::string& table = *row[0];
    if (std::find(ignored.begin(), ignored.end(), table) != ignored.end()) continue;
    catalog.facts.insert(table_fact(table));
    add_columns(*this, table, catalog);
    add_foreign_keys(*this, table, catalog);
    add_indexes(*this, table, catalog);
    for (const TableCheck& check : table_checks(row[1].value_or(""))) {
      catalog.facts.insert(check_fact(table, check.name, check.condition));
    }
  }
  return catalog;
}

}  // namespace lys::migtest
