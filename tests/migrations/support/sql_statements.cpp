#include "support/sql_statements.h"

#include <cctype>

namespace lys::migtest {
namespace {

bool blank(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i, 2) == "--") {
      i = text.find('\n', i);
      if (i == std::string_view::npos) return true;
    } else if (std::isspace(static_cast<unsigned char>(text[i])) == 0 && text[i] != ';') {
      return false;
    }
  }
  return true;
}

// The end of the quoted text starting at `begin` (one past its closing quote).
size_t skip_quoted(std::string_view script, size_t begin) {
  const char quote = script[begin];
  size_t i = begin + 1;
  while (i < script.size()) {
    if (script[i] == quote) {
      if (i + 1 < script.size() && script[i + 1] == quote) {
        i += 2;  // doubled quote
        continue;
      }
      return i + 1;
    }
    ++i;
  }
  return script.size();
}

// `$tag$ ... $tag$`: returns one past the closing tag, or `begin` if this is no tag.
size_t skip_dollar_quoted(std::string_view script, size_t begin) {
  size_t i = begin + 1;
  while (i < script.size() &&
         (std::isalnum(static_cast<unsigned char>(script[i])) != 0 || script[i] == '_')) {
    ++i;
  }
  if (i >= script.size() || script[i] != '$') return begin;
  const std::string_view tag = script.substr(begin, i - begin + 1);
  const size_t close = script.find(tag, i + 1);
  return close == std::string_view::npos ? script.size() : close + tag.size();
}

}  // namespace

std::vector<std::string> split_statements(std::string_view script) {
  std::vector<std::string> statements;
  size_t start = 0;
  size_t i = 0;
  const auto finish = [&](size_t end) {
    std::string_view statement = script.substr(start, end - start);
    while (!statement.empty() && std::isspace(static_cast<unsigned char>(statement[0])) != 0) {
      statement.remove_prefix(1);
    }
    if (!blank(statement)) statements.emplace_back(statement);
    start = end;
  };
  while (i < script.size()) {
    const char c = script[i];
    if (c == '\'' || c == '"') {
      i = skip_quoted(script, i);
    } else if (script.substr(i, 2) == "--") {
      i = std::min(script.find('\n', i), script.size());
    } else if (script.substr(i, 2) == "/*") {
      const size_t close = script.find("*/", i + 2);
      i = close == std::string_view::npos ? script.size() : close + 2;
    } else if (c == '$' && skip_dollar_quoted(script, i) != i) {
      i = skip_dollar_quoted(script, i);
    } else if (c == ';') {
      finish(++i);
    } else {
      ++i;
    }
  }
  finish(script.size());
  return statements;
}

}  // namespace lys::migtest
