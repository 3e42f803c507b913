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
// breaking after spaces so no line passes the column limit. A '\n' in `text` forces a
// break and stands for a space (SQL clauses start lines).
std::string wrapped_literal(std::string_view text, std::size_t indent);

// A doc comment as `// ` lines at `indent` columns; "" for an empty doc.
std::string doc_comment(const std::string& doc, std::size_t indent);

// `name` with a trailing `_` when it is a C++ keyword (a field called `default`).
std::string identifier(const std::string& name);

// How a list that does not fit on one line wraps, as clang-format does it: function
// parameters and arguments are bin-packed, initialiser lists take one item per line.
enum class Wrap { BinPack, OnePerLine };

// `open item, item, …close` on one line at `indent` when it fits, else wrapped with
// continuation lines aligned after `open` (or 4 columns in, after a break, when an
// item would not fit there). No trailing newline.
std::string fill(std::string_view open, const std::vector<std::string>& items,
                 std::string_view close, std::size_t indent, Wrap wrap = Wrap::BinPack);

// Lines of code with trailing comments ("" for none), the comments of consecutive
// lines aligned one column apart from the longest code, as clang-format aligns them.
std::string align_comments(const std::vector<std::pair<std::string, std::string>>& lines);

// `text` with every occurrence of `placeholder` replaced by `value`.
std::string replace_all(std::string text, std::string_view placeholder, std::string_view value);

// The comment that opens an entity's section of a file holding a whole app:
// `// Product ----…` to the column limit, so sections stand out when scrolling.
std::string section_heading(const std::string& title);

// The path, without extension, of the files holding an app's repositories:
// "catalog/catalog" (the app's folder also holds its enums).
std::string app_path(const ir::App& app);
// "ProductCategory" -> "product_category".
std::string snake_name(const std::string& name);
// "catalog_product_category": entities of different apps may share a name.
std::string qualified_snake_name(const std::string& app, const std::string& name);

}  // namespace lys::emit::cpp
