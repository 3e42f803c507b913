#include "compiler/emit/sql/schema_change.h"

#include "compiler/emit/sql/overloaded.h"

namespace lys::emit::sql {

namespace {

TableChange inverse_change(const TableChange& change) {
  return std::visit(
      Overloaded{
          [](const AddColumn& c) -> TableChange { return DropColumn{c.column}; },
          [](const DropColumn& c) -> TableChange { return AddColumn{c.column}; },
          [](const RenameColumn& c) -> TableChange {
            return RenameColumn{c.to, c.from};
          },
          [](const AlterColumn& c) -> TableChange {
            return AlterColumn{c.to, c.from};
          },
          [](const AddIndex& c) -> TableChange { return DropIndex{c.index}; },
          [](const DropIndex& c) -> TableChange { return AddIndex{c.index}; },
          [](const AddCheck& c) -> TableChange { return DropCheck{c.check}; },
          [](const DropCheck& c) -> TableChange { return AddCheck{c.check}; },
          [](const AddForeignKey& c) -> TableChange { return DropForeignKey{c.foreign_key}; },
          [](const DropForeignKey& c) -> TableChange { return AddForeignKey{c.foreign_key}; },
          [](const RenamePrimaryKey& c) -> TableChange {
            return RenamePrimaryKey{c.to, c.from};
          },
          [](const SetTableComment& c) -> TableChange {
            return SetTableComment{c.to, c.from};
          },
      },
      change);
}

}  // namespace

SchemaChange inverse(const SchemaChange& change) {
  return std::visit(Overloaded{
                        [](const CreateTable& c) -> SchemaChange {
                          return DropTable{c.table, c.deferred};
                        },
                        [](const DropTable& c) -> SchemaChange {
                          return CreateTable{c.table, c.deferred};
                        },
                        [](const AddDeferredForeignKeys& c) -> SchemaChange {
                          return DropDeferredForeignKeys{c.table, c.foreign_keys};
                        },
                        [](const DropDeferredForeignKeys& c) -> SchemaChange {
                          return AddDeferredForeignKeys{c.table, c.foreign_keys};
                        },
                        [](const RenameTable& c) -> SchemaChange {
                          return RenameTable{c.to, c.from};
                        },
                        [](const AlterTable& c) -> SchemaChange {
                          AlterTable undo{c.to, c.from, {}};
                          for (auto it = c.changes.rbegin(); it != c.changes.rend(); ++it) {
                            undo.changes.push_back(inverse_change(*it));
                          }
                          return undo;
                        },
                    },
                    change);
}

std::vector<SchemaChange> inverse(const std::vector<SchemaChange>& changes) {
  std::vector<SchemaChange> undo;
  for (auto it = changes.rbegin(); it != changes.rend(); ++it) undo.push_back(inverse(*it));
  return undo;
}

}  // namespace lys::emit::sql
