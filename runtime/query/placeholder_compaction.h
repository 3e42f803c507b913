// Compilation binds a value wherever one may be needed, but some are not used in the
// end (the page size when a connection only asks for totalCount, say), and PostgreSQL
// refuses parameters its statement does not reference. After writing, the SQL's
// placeholders are renumbered densely and the unused values dropped; the kept list
// is cached with the text so a cache hit drops the same ones.
#pragma once

#include <string>
#include <vector>

#include "lys/db/connection.h"

namespace lys::query {

struct CompactedSql {
  std::string sql;
  std::vector<int> kept;  // 0-based indexes of the bound values still referenced, ascending
};

// `sql` uses $1..$count; string literals are left alone.
CompactedSql compact_placeholders(const std::string& sql, std::size_t count);

std::vector<db::Param> kept_params(std::vector<db::Param> params, const std::vector<int>& kept);

}  // namespace lys::query
