// What a database's schema looks like, as a sorted set of one-line facts, so two
// catalogs compare regardless of column, index or constraint order and a mismatch
// prints as a readable -want +got list. Both dialects' readers build their facts
// with the functions below, so the line formats cannot drift apart.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace lys::migtest {

struct Catalog {
  std::set<std::string> facts;

  friend bool operator==(const Catalog&, const Catalog&) = default;
};

// "-fact" for each fact only in `want`, "+fact" for each only in `got`; empty if equal.
std::string describe_difference(const Catalog& want, const Catalog& got);

// Lower case outside string literals, no whitespace or identifier quotes, no
// parentheses around the whole text: `CHECK ("Stock" >= 0)` and `((stock>=0))` agree.
std::string normalise_sql(std::string_view text);

std::string table_fact(const std::string& table);
std::string column_fact(const std::string& table, const std::string& column,
                        const std::string& type, bool not_null,
                        const std::optional<std::string>& default_value);
// `name` is empty where the dialect does not keep constraint names (SQLite).
std::string primary_key_fact(const std::string& table, const std::string& name,
                             const std::vector<std::string>& columns);
std::string foreign_key_fact(const std::string& table, const std::string& name,
                             const std::vector<std::string>& columns, const std::string& target,
                             const std::vector<std::string>& target_columns,
                             const std::string& on_delete);
std::string index_fact(const std::string& table, const std::string& name,
                       const std::vector<std::string>& columns, bool unique);
std::string check_fact(const std::string& table, const std::string& name,
                       const std::string& condition);

}  // namespace lys::migtest
