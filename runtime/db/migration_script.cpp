#include "lys/db/migration_script.h"

#include <cctype>
#include <string>
#include <vector>

namespace lys::db {
namespace {

constexpr std::string_view kHeaderPrefix = "-- lys migration ";
constexpr std::string_view kDirectivePrefix = "-- lys:";
constexpr std::string_view kForeignKeysOff = "foreign-keys off";

struct Line {
  int number = 0;  // 1-based
  std::string_view text;
};

std::string_view trim(std::string_view text) {
  const auto is_space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  int number = 1;
  while (!text.empty()) {
    const size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back({number++, line});
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return lines;
}

bool is_digits(std::string_view text) {
  for (char c : text) {
    if (std::isdigit(static_cast<unsigned char>(c)) == 0) return false;
  }
  return !text.empty();
}

// `-- lys migration NNNN_name (dialect)`
void parse_header(const Line& line, MigrationScript& script) {
  std::string_view text = trim(line.text);
  if (!text.starts_with(kHeaderPrefix)) {
    throw MigrationScriptError(line.number,
                               "expected the header '-- lys migration NNNN_name (dialect)'");
  }
  text.remove_prefix(kHeaderPrefix.size());
  const size_t space = text.find(' ');
  const std::string_view name = text.substr(0, space);
  if (name.size() < 6 || !is_digits(name.substr(0, 4)) || name[4] != '_') {
    throw MigrationScriptError(line.number, "migration name '" + std::string(name) +
                                                "' does not start with four digits and '_'");
  }
  const std::string_view dialect =
      space == std::string_view::npos ? std::string_view{} : trim(text.substr(space));
  if (dialect == "(sqlite)") {
    script.dialect = Dialect::Sqlite;
  } else if (dialect == "(postgres)") {
    script.dialect = Dialect::Postgres;
  } else {
    throw MigrationScriptError(line.number, "expected '(sqlite)' or '(postgres)' after the name");
  }
  script.name = std::string(name);
  script.number = std::stoi(std::string(name.substr(0, 4)));
}

// Collects a section's lines; a directive is only allowed before its first statement.
class SectionBuilder {
 public:
  SectionBuilder(MigrationSection& section, Dialect dialect)
      : section_(section), dialect_(dialect) {}

  void add_directive(const Line& line, std::string_view directive) {
    if (directive != kForeignKeysOff) {
      throw MigrationScriptError(line.number, "unknown directive '" + std::string(directive) + "'");
    }
    if (dialect_ != Dialect::Sqlite) {
      throw MigrationScriptError(line.number, "directive 'foreign-keys off' is for sqlite only");
    }
    if (!section_.sql.empty() || section_.foreign_keys_off) {
      throw MigrationScriptError(
          line.number, "directive 'foreign-keys off' must be the first line of a section");
    }
    section_.foreign_keys_off = true;
  }

  void add_line(std::string_view text) {
    if (trim(text).empty()) {
      if (!section_.sql.empty()) ++pending_blank_lines_;
      return;
    }
    section_.sql.append(pending_blank_lines_, '\n');
    pending_blank_lines_ = 0;
    section_.sql.append(text);
    section_.sql.push_back('\n');
  }

 private:
  MigrationSection& section_;
  Dialect dialect_;
  size_t pending_blank_lines_ = 0;  // kept only between statements, never trailing
};

}  // namespace

MigrationScriptError::MigrationScriptError(int line, const std::string& message)
    : std::runtime_error("line " + std::to_string(line) + ": " + message), line_(line) {}

MigrationScript parse_migration_script(std::string_view text) {
  const std::vector<Line> lines = split_lines(text);
  if (lines.empty()) throw MigrationScriptError(1, "empty migration file");

  MigrationScript script;
  parse_header(lines.front(), script);

  enum class Part { Preamble, Up, Down };
  Part part = Part::Preamble;
  SectionBuilder up(script.up, script.dialect);
  SectionBuilder down(script.down, script.dialect);
  for (size_t i = 1; i < lines.size(); ++i) {
    const Line& line = lines[i];
    const std::string_view content = trim(line.text);
    if (content.starts_with(kDirectivePrefix)) {
      const std::string_view directive = trim(content.substr(kDirectivePrefix.size()));
      if (directive == "up" || directive == "down") {
        const Part expected = directive == "up" ? Part::Preamble : Part::Up;
        if (part != expected) {
          throw MigrationScriptError(line.number, "unexpected '-- lys:" + std::string(directive) +
                                                      "'; sections are '-- lys:up' then "
                                                      "'-- lys:down', once each");
        }
        part = directive == "up" ? Part::Up : Part::Down;
      } else if (part == Part::Preamble) {
        throw MigrationScriptError(line.number, "directive before '-- lys:up'");
      } else {
        (part == Part::Up ? up : down).add_directive(line, directive);
      }
    } else if (part == Part::Preamble) {
      if (!content.empty() && !content.starts_with("--")) {
        throw MigrationScriptError(line.number, "statement before '-- lys:up'");
      }
    } else {
      (part == Part::Up ? up : down).add_line(line.text);
    }
  }
  if (part == Part::Preamble)
    throw MigrationScriptError(lines.back().number, "missing '-- lys:up'");
  if (part == Part::Up) throw MigrationScriptError(lines.back().number, "missing '-- lys:down'");
  return script;
}

}  // namespace lys::db
