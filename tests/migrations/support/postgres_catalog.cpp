// PostgresDatabase::read_catalog: the public schema, from pg_catalog.
#include <algorithm>
#include <sstream>

#include "support/postgres_database.h"

namespace lys::migtest {
namespace {

// The names of the attributes an int2[] column lists, in order, as "a,b".
std::string column_names(const std::string& attnums, const std::string& relation) {
  return "array_to_string(ARRAY(SELECT CASE WHEN u.n = 0 THEN '<expression>' ELSE a.attname END "
         "FROM unnest(" +
         attnums +
         ") WITH ORDINALITY AS u(n, o) LEFT JOIN pg_attribute a ON "
         "a.attrelid = " +
         relation + " AND a.attnum = u.n ORDER BY u.o), ',')";
}

const std::string kTables =
    "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
    "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')";

const std::string kColumns =
    "SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, "
    "pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a "
    "JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
    "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
    "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND a.attnum > 0 "
    "AND NOT a.attisdropped";

const std::string kConstraints =
    "SELECT c.relname, k.conname, k.contype, pg_get_constraintdef(k.oid), " +
    column_names("k.conkey", "k.conrelid") + ", k.confrelid::regclass::text, " +
    column_names("k.confkey", "k.confrelid") +
    ", k.confdeltype FROM pg_constraint k "
    "JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
    "WHERE n.nspname = 'public'";

const std::string kIndexes =
    "SELECT t.relname, i.relname, x.indisunique, " +
    column_names("x.indkey::int2[]", "x.indrelid") +
    " FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
    "JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
    "WHERE n.nspname = 'public' AND NOT x.indisprimary";

std::vector<std::string> split_names(const std::string& joined) {
  std::vector<std::string> names;
  std::stringstream stream(joined);
  for (std::string name; std::getline(stream, name, ',');) names.push_back(name);
  return names;
}

std::string delete_action(const std::string& code) {
  if (code == "r") return "restrict";
  if (code == "c") return "cascade";
  if (code == "n") return "set null";
  if (code == "d") return "set default";
  return "no action";
}

std::string without_prefix(const std::string& text, const std::string& prefix) {
  return text.starts_with(prefix) ? text.substr(prefix.size()) : text;
}

}  // namespace

Catalog PostgresDatabase::read_catalog(const std::vector<std::string>& ignored) {
  const auto is_ignored = [&](const std::optional<std::string>& table) {
    return std::find(ignored.begin(), ignored.end(), *table) != ignored.end();
  };
  Catalog catalog;
  for (const Row& row : query(kTables)) {
    if (!is_ignored(row[0])) catalog.facts.insert(table_fact(*row[0]));
  }
  for (const Row& row : query(kColumns)) {
    if (is_ignored(row[0])) continue;
    catalog.facts.insert(column_fact(*row[0], *row[1], *row[2], row[3] == "t", row[4]));
  }
  for (const Row& row : query(kConstraints)) {
    if (is_ignored(row[0])) continue;
    const std::string &table = *row[0], &name = *row[1], &type = *row[2], &definition = *row[3];
    if (type == "p") {
      catalog.facts.insert(primary_key_fact(table, name, split_names(*row[4])));
    } else if (type == "f") {
      catalog.facts.insert(foreign_key_fact(table, name, split_names(*row[4]), *row[5],
                                            split_names(*row[6]), delete_action(*row[7])));
    } else if (type == "c") {
      catalog.facts.insert(check_fact(table, name, without_prefix(definition, "CHECK ")));
    } else {  // unique or exclusion constraints: their index is listed too
      catalog.facts.insert("constraint " + table + "." + name + " " + normalise_sql(definition));
    }
  }
  for (const Row& row : query(kIndexes)) {
    if (is_ignored(row[0])) continue;
    catalog.facts.insert(index_fact(*row[0], *row[1], split_names(*row[3]), row[2] == "t"));
  }
  return catalog;
}

}  // namespace lys::migtest
