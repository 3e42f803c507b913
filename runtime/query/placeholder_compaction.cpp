#include "query/placeholder_compaction.h"

#include <functional>

namespace lys::query {

namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Calls `placeholder(begin, end, number)` for each $n outside string literals.
void for_each_placeholder(const std::string& sql,
                          const std::function<void(std::size_t, std::size_t, int)>& placeholder) {
  bool in_literal = false;
  for (std::size_t i = 0; i < sql.size(); ++i) {
    char c = sql[i];
    if (c == '\'') {
      in_literal = !in_literal;  // '' inside a literal toggles twice
    } else if (!in_literal && c == '$' && i + 1 < sql.size() && is_digit(sql[i + 1])) {
      std::size_t end = i + 1;
      int number = 0;
      while (end < sql.size() && is_digit(sql[end])) number = number * 10 + (sql[end++] - '0');
      placeholder(i, end, number);
      i = end - 1;
    }
  }
}

}  // namespace

CompactedSql compact_placeholders(const std::string& sql, std::size_t count) {
  std::vector<bool> used(count + 1, false);
  for_each_placeholder(sql, [&](std::size_t, std::size_t, int number) {
    if (number >= 1 && static_cast<std::size_t>(number) <= count)
      used[static_cast<std::size_t>(number)] = true;
  });
  CompactedSql compacted;
  std::vector<int> renumbered(count + 1, 0);
  for (std::size_t number = 1; number <= count; ++number) {
    if (!used[number]) continue;
    compacted.kept.push_back(static_cast<int>(number) - 1);
    renumbered[number] = static_cast<int>(compacted.kept.size());
  }
  std::size_t copied = 0;
  for_each_placeholder(sql, [&](std::size_t begin, std::size_t end, int number) {
    compacted.sql.append(sql, copied, begin - copied);
    compacted.sql += "$" + std::to_string(renumbered[static_cast<std::size_t>(number)]);
    copied = end;
  });
  compacted.sql.append(sql, copied);
  return compacted;
}

std::vector<db::Param> kept_params(std::vector<db::Param> params, const std::vector<int>& kept) {
  // `kept` ascends, so each kept value moves to a slot at or before its own: in place,
  // without a second vector (the session's ids, bound in every statement, are usually
  // dropped).
  std::size_t next = 0;
  for (int index : kept) {
    const auto from = static_cast<std::size_t>(index);
    if (from != next) params[next] = std::move(params[from]);
    ++next;
  }
  params.resize(next);
  return params;
}

}  // namespace lys::query
