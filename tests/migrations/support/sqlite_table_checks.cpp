#include "support/sqlite_table_checks.h"

#include <cctype>

namespace lys::migtest {
namespace {

struct Token {
  std::string_view text;  // identifiers unquoted; punctuation as one character
  size_t begin = 0;
  size_t end = 0;
  bool word = false;
};

bool is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
}

// Words, quoted names and strings, and single punctuation characters; whitespace and
// comments are dropped. Enough of SQLite's lexer to find constraint boundaries.
std::vector<Token> tokenize(std::string_view sql) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < sql.size()) {
    const char c = sql[i];
    if (std::isspace(static_cast<unsigned char>(c)) != 0) {
      ++i;
    } else if (sql.substr(i, 2) == "--") {
      i = std::min(sql.find('\n', i), sql.size());
    } else if (sql.substr(i, 2) == "/*") {
      i = std::min(sql.find("*/", i), sql.size() - 2) + 2;
    } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
      const char close = c == '[' ? ']' : c;
      size_t j = i + 1;
      while (j < sql.size()) {
        const bool doubled = close != ']' && j + 1 < sql.size() && sql[j + 1] == close;
        if (sql[j] == close && !doubled) break;
        j += sql[j] == close ? 2 : 1;  // a doubled quote stands for itself
      }
      const size_t end = std::min(j + 1, sql.size());
      tokens.push_back({sql.substr(i + 1, j - i - 1), i, end, c != '\''});
      i = end;
    } else if (is_word_char(c)) {
      size_t j = i;
      while (j < sql.size() && is_word_char(sql[j])) ++j;
      tokens.push_back({sql.substr(i, j - i), i, j, true});
      i = j;
    } else {
      tokens.push_back({sql.substr(i, 1), i, i + 1, false});
      ++i;
    }
  }
  return tokens;
}

bool is_keyword(const Token& token, std::string_view keyword) {
  if (!token.word || token.text.size() != keyword.size()) return false;
  for (size_t i = 0; i < keyword.size(); ++i) {
    if (std::toupper(static_cast<unsigned char>(token.text[i])) != keyword[i]) return false;
  }
  return true;
}

// Index of the ')' closing the '(' at `open`, or tokens.size().
size_t matching_parenthesis(const std::vector<Token>& tokens, size_t open) {
  int depth = 0;
  for (size_t i = open; i < tokens.size(); ++i) {
    if (tokens[i].word) continue;
    if (tokens[i].text == "(") ++depth;
    if (tokens[i].text == ")" && --depth == 0) return i;
  }
  return tokens.size();
}

}  // namespace

std::vector<TableCheck> table_checks(std::string_view create_table_sql) {
  const std::vector<Token> tokens = tokenize(create_table_sql);
  std::vector<TableCheck> checks;
  size_t i = 0;
  while (i < tokens.size() && tokens[i].text != "(") ++i;  // the column list
  const size_t body_end = matching_parenthesis(tokens, i);
  std::string pending_name;  // the name of a `CONSTRAINT name`, until its constraint
  for (++i; i < body_end; ++i) {
    const Token& token = tokens[i];
    if (is_keyword(token, "CONSTRAINT") && i + 1 < body_end) {
      pending_name = std::string(tokens[++i].text);
    } else if (is_keyword(token, "CHECK") && i + 1 < body_end && tokens[i + 1].text == "(") {
      const size_t close = matching_parenthesis(tokens, i + 1);
      const size_t from = tokens[i + 1].end;
      const size_t to = close < tokens.size() ? tokens[close].begin : create_table_sql.size();
      checks.push_back({pending_name, std::string(create_table_sql.substr(from, to - from))});
      pending_name.clear();
      i = close;
    } else if (!token.word && token.text == "(") {
      i = matching_parenthesis(tokens, i);  // a type's length, a default, a key's columns
    } else {
      pending_name.clear();
    }
  }
  return checks;
}

}  // namespace lys::migtest
