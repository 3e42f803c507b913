#include "compiler/ir/naming.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>

namespace lys::ir::naming {

namespace {

bool is_upper(char c) {
  return std::isupper(static_cast<unsigned char>(c)) != 0;
}
bool is_lower(char c) {
  return std::islower(static_cast<unsigned char>(c)) != 0;
}
char to_lower(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}
char to_upper(char c) {
  return static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool is_vowel(char c) {
  c = to_lower(c);
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

std::uint32_t fnv1a(std::string_view text) {
  std::uint32_t hash = 2166136261u;
  for (char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 16777619u;
  }
  return hash;
}

std::string joined_name(std::string_view prefix, std::string_view table,
                        const std::vector<std::string>& columns) {
  std::string name = fmt::format("{}_{}", prefix, table);
  for (const std::string& column : columns) name += "_" + column;
  return limit_identifier(std::move(name));
}

// PostgreSQL's "reserved" and "reserved (can be function or type)" key words, sorted.
constexpr std::array<std::string_view, 101> kReserved = {
    "all",
    "analyse",
    "analyze",
    "and",
    "any",
    "array",
    "as",
    "asc",
    "asymmetric",
    "authorization",
    "binary",
    "both",
    "case",
    "cast",
    "check",
    "collate",
    "collation",
    "column",
    "concurrently",
    "constraint",
    "create",
    "cross",
    "current_catalog",
    "current_date",
    "current_role",
    "current_schema",
    "current_time",
    "current_timestamp",
    "current_user",
    "default",
    "deferrable",
    "desc",
    "distinct",
    "do",
    "else",
    "end",
    "except",
    "false",
    "fetch",
    "for",
    "foreign",
    "freeze",
    "from",
    "full",
    "grant",
    "group",
    "having",
    "ilike",
    "in",
    "initially",
    "inner",
    "intersect",
    "into",
    "is",
    "isnull",
    "join",
    "lateral",
    "leading",
    "left",
    "like",
    "limit",
    "localtime",
    "localtimestamp",
    "natural",
    "not",
    "notnull",
    "null",
    "offset",
    "on",
    "only",
    "or",
    "order",
    "outer",
    "overlaps",
    "placing",
    "primary",
    "references",
    "returning",
    "right",
    "select",
    "session_user",
    "similar",
    "some",
    "symmetric",
    "system_user",
    "table",
    "tablesample",
    "then",
    "to",
    "trailing",
    "true",
    "union",
    "unique",
    "user",
    "using",
    "variadic",
    "verbose",
    "when",
    "where",
    "window",
    "with",
};

}  // namespace

std::string snake_case(std::string_view name) {
  std::string out;
  for (std::size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (is_upper(c) && i > 0) {
      bool after_lower =
          is_lower(name[i - 1]) || std::isdigit(static_cast<unsigned char>(name[i - 1]));
      bool acronym_end = is_upper(name[i - 1]) && i + 1 < name.size() && is_lower(name[i + 1]);
      if ((after_lower || acronym_end) && out.back() != '_') out += '_';
    }
    out += to_lower(c);
  }
  return out;
}

std::string camel_case(std::string_view name) {
  std::string out;
  bool capitalize = false;
  for (char c : name) {
    if (c == '_') {
      capitalize = !out.empty();
      continue;
    }
    if (out.empty()) {
      out += to_lower(c);
    } else {
      out += capitalize ? to_upper(c) : c;
    }
    capitalize = false;
  }
  return out;
}

std::string pluralize(std::string_view word) {
  std::string out(word);
  if (word.size() >= 2 && word.back() == 'y' && !is_vowel(word[word.size() - 2])) {
    out.pop_back();
    return out + "ies";
  }
  for (std::string_view suffix : {"s", "x", "z", "ch", "sh"}) {
    if (ends_with(word, suffix)) return out + "es";
  }
  return out + "s";
}

std::string limit_identifier(std::string name) {
  if (name.size() <= kMaxIdentifierLength) return name;
  return fmt::format("{}_{:08x}", name.substr(0, 54), fnv1a(name));
}

std::string table_name(std::string_view app, std::string_view entity) {
  return limit_identifier(fmt::format("{}_{}", app, snake_case(entity)));
}

std::string column_name(std::string_view field, bool is_reference) {
  return is_reference ? fmt::format("{}_id", field) : std::string(field);
}

std::string graphql_plural(std::string_view entity) {
  return camel_case(pluralize(entity));
}

std::string graphql_singular(std::string_view entity) {
  return camel_case(entity);
}

std::string primary_key_name(std::string_view table) {
  return limit_identifier(fmt::format("pk_{}", table));
}

std::string foreign_key_name(std::string_view table, std::string_view column) {
  return limit_identifier(fmt::format("fk_{}_{}", table, column));
}

std::string unique_name(std::string_view table, const std::vector<std::string>& columns) {
  return joined_name("uq", table, columns);
}

std::string index_name(std::string_view table, const std::vector<std::string>& columns) {
  return joined_name("ix", table, columns);
}

std::string check_name(std::string_view table, const std::vector<std::string>& columns) {
  return joined_name("ck", table, columns);
}

bool is_sql_reserved(std::string_view word) {
  return std::binary_search(kReserved.begin(), kReserved.end(), word);
}

}  // namespace lys::ir::naming
