#include "support/catalog.h"

#include <algorithm>
#include <cctype>

namespace lys::migtest {
namespace {

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += ", ";
    out += item;
  }
  return "(" + out + ")";
}

// True when the '(' at 0 closes at the very end, e.g. "(a) and (b)" is not wrapped.
bool wrapped_in_parentheses(std::string_view text) {
  if (text.size() < 2 || text.front() != '(' || text.back() != ')') return false;
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\'') in_string = !in_string;
    if (in_string) continue;
    if (c == '(') ++depth;
    if (c == ')' && --depth == 0 && i + 1 < text.size()) return false;
  }
  return true;
}

}  // namespace

std::string describe_difference(const Catalog& want, const Catalog& got) {
  std::string out;
  for (const std::string& fact : want.facts) {
    if (!got.facts.contains(fact)) out += "  -" + fact + "\n";
  }
  for (const std::string& fact : got.facts) {
    if (!want.facts.contains(fact)) out += "  +" + fact + "\n";
  }
  return out;
}

std::string normalise_sql(std::string_view text) {
  std::string out;
  bool in_string = false;
  for (const char c : text) {
    if (c == '\'') in_string = !in_string;
    if (in_string || c == '\'') {
      out += c;
    } else if (std::isspace(static_cast<unsigned char>(c)) == 0 && c != '"') {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  std::string_view result = out;
  while (wrapped_in_parentheses(result)) result = result.substr(1, result.size() - 2);
  return std::string(result);
}

std::string table_fact(const std::string& table) {
  return "table " + table;
}

std::string column_fact(const std::string& table, const std::string& column,
                        const std::string& type, bool not_null,
                        const std::optional<std::string>& default_value) {
  std::string fact = "column " + table + "." + column + " " + normalise_sql(type);
  if (not_null) fact += " not null";
  if (default_value) fact += " default " + normalise_sql(*default_value);
  return fact;
}

std::string primary_key_fact(const std::string& table, const std::string& name,
                             const std::vector<std::string>& columns) {
  return "primary key " + table + " " + join(columns) + (name.empty() ? "" : " named " + name);
}

std::string foreign_key_fact(const std::string& table, const std::string& name,
                             const std::vector<std::string>& columns, const std::string& target,
                             const std::vector<std::string>& target_columns,
                             const std::string& on_delete) {
  std::string action = on_delete;
  std::transform(action.begin(), action.end(), action.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return "foreign key " + table + " " + join(columns) + " -> " + target + " " +
         join(target_columns) + " on delete " + action + (name.empty() ? "" : " named " + name);
}

std::string index_fact(const std::string& table, const std::string& name,
                       const std::vector<std::string>& columns, bool unique) {
  return std::string(unique ? "unique index " : "index ") + table + "." + name + " " +
         join(columns);
}

std::string check_fact(const std::string& table, const std::string& name,
                       const std::string& condition) {
  return "check " + table + (name.empty() ? "" : "." + name) + " " + normalise_sql(condition);
}

}  // namespace lys::migtest
