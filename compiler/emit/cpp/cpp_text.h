// C++ spelling shared by the C++ generators: the banner, literals, identifiers, and a
// line filler that lays out lists the way clang-format would (2-space indent, 100
// columns), so the generated files read like the hand-written ones.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compiler/ir/ir.h"

namespace lys::emit::cpp {

inline constexpr std::size_t kColumnLimit = 100;

// The do-not-edit comment every generated C++ file starts with, naming the schema's apps.
std::string banner(const ir::Schema& schema);

// A double-quoted C++ string literal with escapes.
std::string string_literal(std::string_view text);

// A long text as adjacent string literals, each line starting at `indent` columns and
// breaking after spaces so no line passes the column limit.
std::string wrapped_literal(std::string_view text, std::size_t indent);

// A doc comment as `// ` lines at `indent` columns; "" for an empty doc.
std::string doc_comment(const std::string& doc, std::size_t indent);

// `name` with a trailing `_` when it is a C++ keyword (a field called `default`).
std::string identifier(const std::string& name);

// `open item, item, …close` on one line at `indent` when it fits, else wrapped with
// continuation lines aligned after `open`. No trailing newline.
std::string fill(std::string_view open, const std::vector<std::string>& items,
                 std::string_view close, std::size_t indent);

// The generated file names and namespaces of an entity: "catalog/product_category".
std::string entity_path(const ir::Entity& entity);
// "ProductCategory" -> "product_category".
std::string snake_name(const std::string& name);
// "catalog_product_category": entities of different apps may share a name.
std::string qualified_snake_name(const std::string& app, const std::string& name);

}  // namespace lys::emit::cpp
