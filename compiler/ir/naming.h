// How schema names become SQL and GraphQL identifiers. Sema calls these once and
// stores the results in the IR; emitters read the IR and never recompute a name.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lys::ir::naming {

// PostgreSQL limits identifiers to 63 bytes; longer names keep their first 54
// bytes plus '_' and 8 hex digits of the FNV-1a hash of the whole name.
inline constexpr std::size_t kMaxIdentifierLength = 63;

// "ProductCategory" -> "product_category", "HTTPServer" -> "http_server".
std::string snake_case(std::string_view name);
// "legacy_code" -> "legacyCode"; a name without underscores keeps its letters
// but starts lowercase: "searchProducts", "Product" -> "product".
std::string camel_case(std::string_view name);
// English plural of the last word: category -> categories, status -> statuses,
// box -> boxes, product -> products.
std::string pluralize(std::string_view word);

// Cuts a too-long identifier as described above; shorter names are returned as is.
std::string limit_identifier(std::string name);

// "catalog", "ProductCategory" -> "catalog_product_category".
std::string table_name(std::string_view app, std::string_view entity);
// A field's column: its name, or "<name>_id" for a reference.
std::string column_name(std::string_view field, bool is_reference);
// Root connection field: "productCategories"; by-id field: "productCategory".
std::string graphql_plural(std::string_view entity);
std::string graphql_singular(std::string_view entity);

std::string primary_key_name(std::string_view table);
std::string foreign_key_name(std::string_view table, std::string_view column);
std::string unique_name(std::string_view table, const std::vector<std::string>& columns);
std::string index_name(std::string_view table, const std::vector<std::string>& columns);
std::string check_name(std::string_view table, const std::vector<std::string>& columns);

// PostgreSQL's reserved key words (those that cannot name a column), lowercase.
bool is_sql_reserved(std::string_view word);

}  // namespace lys::ir::naming
