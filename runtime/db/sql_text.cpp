#include "db/sql_text.h"

#include <cctype>

namespace lys::db {
namespace {

bool is_space(char c) {
  return std::isspace(static_cast<unsigned char>(c)) != 0;
}

// Only whitespace, comments and semicolons.
bool blank(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t after_comment = skip_comment(text, i);
    if (after_comment != i) {
      i = after_comment;
    } else if (is_space(text[i]) || text[i] == ';') {
      ++i;
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace

std::size_t skip_quoted(std::string_view sql, std::size_t begin) {
  const char quote = sql[begin];
  if (quote != '\'' && quote != '"') return begin;
  std::size_t i = begin + 1;
  while (i < sql.size()) {
    if (sql[i] == quote) {
      if (i + 1 < sql.size() && sql[i + 1] == quote) {
        i += 2;  // a doubled quote stands for itself
        continue;
      }
      return i + 1;
    }
    ++i;
  }
  return sql.size();
}

std::size_t skip_comment(std::string_view sql, std::size_t begin) {
  const std::string_view rest = sql.substr(begin);
  if (rest.starts_with("--")) {
    const std::size_t end = sql.find('\n', begin);
    return end == std::string_view::npos ? sql.size() : end;
  }
  if (rest.starts_with("/*")) {
    const std::size_t end = sql.find("*/", begin + 2);
    return end == std::string_view::npos ? sql.size() : end + 2;
  }
  return begin;
}

std::size_t skip_dollar_quoted(std::string_view sql, std::size_t begin) {
  if (sql[begin] != '$') return begin;
  std::size_t i = begin + 1;
  // A tag does not start with a digit: `$1` is a placeholder.
  if (i < sql.size() && std::isdigit(static_cast<unsigned char>(sql[i])) != 0) return begin;
  while (i < sql.size() &&
         (std::isalnum(static_cast<unsigned char>(sql[i])) != 0 || sql[i] == '_')) {
    ++i;
  }
  if (i >= sql.size() || sql[i] != '$') return begin;
  const std::string_view tag = sql.substr(begin, i - begin + 1);
  const std::size_t close = sql.find(tag, i + 1);
  return close == std::string_view::npos ? sql.size() : close + tag.size();
}

std::vector<std::string> split_statements(std::string_view script) {
  std::vector<std::string> statements;
  std::size_t start = 0;
  const auto finish = [&](std::size_t end) {
    std::string_view statement = script.substr(start, end - start);
    while (!statement.empty() && is_space(statement.front())) statement.remove_prefix(1);
    if (!blank(statement)) statements.emplace_back(statement);
    start = end;
  };
  std::size_t i = 0;
  while (i < script.size()) {
    std::size_t next = skip_quoted(script, i);
    if (next == i) next = skip_comment(script, i);
    if (next == i) next = skip_dollar_quoted(script, i);
    if (next != i) {
      i = next;
    } else if (script[i++] == ';') {
      finish(i);
    }
  }
  finish(script.size());
  return statements;
}

}  // namespace lys::db
