// The relational view of the IR both SQL dialects render and the migration differ
// compares: tables, columns and named constraints, with every name already final
// (column names, not field names; target tables, not entities).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "compiler/ir/ir.h"

namespace lys::emit::sql {

struct Column {
  std::string name;
  ir::Type type;  // scalar or enum; a reference column has the key's scalar type
  bool nullable = false;
  // Only defaults the database applies: constants and `now` (the runtime applies
  // `current_user` / `current_org`).
  std::optional<ir::Value> default_value;
  std::string doc;

  friend bool operator==(const Column&, const Column&) = default;
};

struct ForeignKey {
  std::string name;
  std::string column;
  std::string target_table;  // always references the target's `id`
  ir::OnDelete on_delete = ir::OnDelete::Restrict;

  friend bool operator==(const ForeignKey&, const ForeignKey&) = default;
};

struct CheckConstraint {
  std::string name;
  ir::Expr condition;  // field paths already replaced by column names

  friend bool operator==(const CheckConstraint&, const CheckConstraint&) = default;
};

struct Index {
  std::string name;
  std::vector<std::string> columns;
  bool unique = false;

  friend bool operator==(const Index&, const Index&) = default;
};

struct Table {
  std::string name;
  std::string primary_key;  // constraint name, over the `id` column
  std::vector<Column> columns;
  std::vector<ForeignKey> foreign_keys;
  std::vector<CheckConstraint> checks;  // as sema orders them, enum value lists included
  std::vector<Index> indexes;
  std::string doc;

  const Column* find_column(const std::string& name) const;
  const ForeignKey* find_foreign_key_on(const std::string& column) const;

  friend bool operator==(const Table&, const Table&) = default;
};

// The table of one entity of `schema`.
Table table_of(const ir::Schema& schema, const ir::Entity& entity);

}  // namespace lys::emit::sql
