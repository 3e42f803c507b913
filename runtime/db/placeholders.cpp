#include "db/placeholders.h"

#include <cctype>

#include "db/sql_text.h"

namespace lys::db {

std::string sqlite_placeholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size());
  std::size_t i = 0;
  while (i < sql.size()) {
    std::size_t next = skip_quoted(sql, i);
    if (next == i) next = skip_comment(sql, i);
    if (next != i) {
      out.append(sql.substr(i, next - i));
      i = next;
      continue;
    }
    const bool placeholder = sql[i] == '$' && i + 1 < sql.size() &&
                             std::isdigit(static_cast<unsigned char>(sql[i + 1])) != 0;
    out.push_back(placeholder ? '?' : sql[i]);
    ++i;
  }
  return out;
}

}  // namespace lys::db
