#include "db/placeholders.h"

#include <cctype>

namespace lys::db {
namespace {

bool is_digit(char c) {
  return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

// The index just past the quoted text starting at `begin` (quotes doubled inside).
std::size_t skip_quoted(std::string_view sql, std::size_t begin) {
  const char quote = sql[begin];
  std::size_t i = begin + 1;
  while (i < sql.size()) {
    if (sql[i] == quote) {
      if (i + 1 < sql.size() && sql[i + 1] == quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    ++i;
  }
  return sql.size();
}

// The index just past the comment starting at `begin`, or `begin` if there is none.
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

}  // namespace

std::string sqlite_placeholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size());
  std::size_t i = 0;
  while (i < sql.size()) {
    const char c = sql[i];
    std::size_t next = i;
    if (c == '\'' || c == '"') {
      next = skip_quoted(sql, i);
    } else {
      next = skip_comment(sql, i);
    }
    if (next != i) {
      out.append(sql.substr(i, next - i));
      i = next;
      continue;
    }
    if (c == '$' && i + 1 < sql.size() && is_digit(sql[i + 1])) {
      out.push_back('?');
    } else {
      out.push_back(c);
    }
    ++i;
  }
  return out;
}

}  // namespace lys::db
