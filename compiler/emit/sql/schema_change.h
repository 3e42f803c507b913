// The typed vocabulary of schema changes: what the migration differ produces and
// what each dialect's renderer turns into SQL. Every change carries enough of the
// old and new definitions to be inverted (a migration's `down`) and rendered alone.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "compiler/emit/sql/table_model.h"

namespace lys::emit::sql {

// Changes inside one existing table (see AlterTable).
struct AddColumn {
  Column column;
};
struct DropColumn {
  Column column;
};
struct RenameColumn {
  std::string from;
  std::string to;
};
// Type, nullability, default or doc of a column (already carrying its final name).
struct AlterColumn {
  Column from;
  Column to;
};
struct AddIndex {
  Index index;
};
struct DropIndex {
  Index index;
};
struct AddCheck {
  CheckConstraint check;
};
struct DropCheck {
  CheckConstraint check;
};
struct AddForeignKey {
  ForeignKey foreign_key;
};
struct DropForeignKey {
  ForeignKey foreign_key;
};
struct RenamePrimaryKey {
  std::string from;
  std::string to;
};
struct SetTableComment {
  std::string from;
  std::string to;
};

using TableChange =
    std::variant<AddColumn, DropColumn, RenameColumn, AlterColumn, AddIndex, DropIndex, AddCheck,
                 DropCheck, AddForeignKey, DropForeignKey, RenamePrimaryKey, SetTableComment>;

// A new table with its indexes. Foreign keys named in `deferred` point to tables
// created later (reference cycles); a dialect that cannot declare them yet adds them
// with AddDeferredForeignKeys once every table exists.
struct CreateTable {
  Table table;
  std::vector<std::string> deferred;
};
struct DropTable {
  Table table;
  std::vector<std::string> deferred;
};
struct AddDeferredForeignKeys {
  std::string table;
  std::vector<ForeignKey> foreign_keys;
};
struct DropDeferredForeignKeys {
  std::string table;
  std::vector<ForeignKey> foreign_keys;
};
struct RenameTable {
  std::string from;
  std::string to;
};
// Changes to one table, in the order they apply. `from` is the table as it is before
// (under its current name), `to` as it must be after: a dialect that cannot ALTER
// some change rebuilds the table from these two.
struct AlterTable {
  Table from;
  Table to;
  std::vector<TableChange> changes;
};

using SchemaChange = std::variant<CreateTable, DropTable, AddDeferredForeignKeys,
                                  DropDeferredForeignKeys, RenameTable, AlterTable>;

// The change that undoes `change`.
SchemaChange inverse(const SchemaChange& change);

// The changes that undo `changes`: each inverted, in reverse order.
std::vector<SchemaChange> inverse(const std::vector<SchemaChange>& changes);

}  // namespace lys::emit::sql
