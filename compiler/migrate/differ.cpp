#include "compiler/migrate/differ.h"

#include <algorithm>
#include <map>
#include <set>

#include "compiler/emit/sql/creation_order.h"
#include "compiler/migrate/data_loss.h"

namespace lys::migrate {

namespace {

namespace sql = emit::sql;

// The entity of `from` that `entity` continues: same name, or the one it was
// @renamed_from when that old name is gone from the new schema.
const ir::Entity* predecessor(const ir::Schema& from, const ir::Schema& to,
                              const ir::Entity& entity) {
  if (const ir::Entity* same = from.find_entity(entity.qualified)) return same;
  if (!entity.renamed_from) return nullptr;
  std::string old_name = entity.app + "." + *entity.renamed_from;
  if (to.find_entity(old_name)) return nullptr;
  return from.find_entity(old_name);
}

const ir::Field* predecessor(const ir::Entity& from, const ir::Entity& to, const ir::Field& field) {
  if (const ir::Field* same = from.find_field(field.name)) return same;
  if (!field.renamed_from || to.find_field(*field.renamed_from)) return nullptr;
  return from.find_field(*field.renamed_from);
}

template <typename T>
const T* find_by_name(const std::vector<T>& items, const std::string& name) {
  auto it =
      std::find_if(items.begin(), items.end(), [&](const T& item) { return item.name == name; });
  return it == items.end() ? nullptr : &*it;
}

// Named items (indexes, checks, foreign keys) of `before` that are not identical in
// `after`: those are dropped (and those of `after` not identical in `before` added).
template <typename T>
std::vector<T> missing_from(const std::vector<T>& before, const std::vector<T>& after) {
  std::vector<T> missing;
  for (const T& item : before) {
    const T* same = find_by_name(after, item.name);
    if (!same || !(*same == item)) missing.push_back(item);
  }
  return missing;
}

class Differ {
 public:
  Differ(const ir::Schema& from, const ir::Schema& to) : from_(from), to_(to) {}

  Migration run() {
    std::vector<sql::Table> created;
    std::set<std::string> kept_old_tables;
    std::set<std::string> kept_new_tables;
    std::vector<sql::SchemaChange> renames;
    for (const ir::Entity& entity : to_.entities) {
      const ir::Entity* old = predecessor(from_, to_, entity);
      if (!old) {
        created.push_back(sql::table_of(to_, entity));
        continue;
      }
      matched_.push_back({old, &entity});
      kept_old_tables.insert(old->table);
      kept_new_tables.insert(entity.table);
      if (old->table != entity.table) {
        renamed_tables_[old->table] = entity.table;
        renames.emplace_back(sql::RenameTable{old->table, entity.table});
      }
    }

    Migration migration;
    append(migration.up, renames);
    append(migration.up, sql::creation_changes(created, kept_new_tables));
    for (const auto& [old, entity] : matched_) alter(*old, *entity, migration);
    std::vector<sql::Table> dropped;
    for (const ir::Entity& entity : from_.entities) {
      if (kept_old_tables.count(entity.table)) continue;
      dropped.push_back(sql::table_of(from_, entity));
      migration.losses.push_back(
          {"dropping entity '" + entity.qualified + "' would lose its data", std::nullopt});
    }
    append(migration.up, sql::removal_changes(dropped, kept_old_tables));
    migration.down = sql::inverse(migration.up);
    return migration;
  }

 private:
  static void append(std::vector<sql::SchemaChange>& out,
                     const std::vector<sql::SchemaChange>& more) {
    out.insert(out.end(), more.begin(), more.end());
  }

  // The old table as the database holds it once the renames of this migration ran.
  sql::Table current_table(const ir::Entity& old, const std::string& new_name) const {
    sql::Table table = sql::table_of(from_, old);
    table.name = new_name;
    for (sql::ForeignKey& foreign_key : table.foreign_keys) {
      auto renamed = renamed_tables_.find(foreign_key.target_table);
      if (renamed != renamed_tables_.end()) foreign_key.target_table = renamed->second;
    }
    return table;
  }

  void alter(const ir::Entity& old, const ir::Entity& entity, Migration& migration) {
    sql::AlterTable change{current_table(old, entity.table), sql::table_of(to_, entity), {}};
    const sql::Table& before = change.from;
    const sql::Table& after = change.to;
    auto& changes = change.changes;

    for (const auto& fk : missing_from(before.foreign_keys, after.foreign_keys)) {
      changes.emplace_back(sql::DropForeignKey{fk});
    }
    for (const auto& check : missing_from(before.checks, after.checks)) {
      changes.emplace_back(sql::DropCheck{check});
    }
    for (const auto& index : missing_from(before.indexes, after.indexes)) {
      changes.emplace_back(sql::DropIndex{index});
    }
    if (before.primary_key != after.primary_key) {
      changes.emplace_back(sql::RenamePrimaryKey{before.primary_key, after.primary_key});
    }
    diff_columns(old, entity, change, migration);
    for (const auto& check : missing_from(after.checks, before.checks)) {
      changes.emplace_back(sql::AddCheck{check});
    }
    for (const auto& fk : missing_from(after.foreign_keys, before.foreign_keys)) {
      changes.emplace_back(sql::AddForeignKey{fk});
    }
    for (const auto& index : missing_from(after.indexes, before.indexes)) {
      changes.emplace_back(sql::AddIndex{index});
    }
    if (before.doc != after.doc) changes.emplace_back(sql::SetTableComment{before.doc, after.doc});
    if (!changes.empty()) migration.up.emplace_back(std::move(change));
  }

  // Session defaults (current_user, current_org) are filled by the runtime, so the
  // database has nothing to put in the existing rows.
  static bool has_database_default(const ir::Field& field) {
    return field.default_value && field.default_value->kind != ir::Value::Kind::CurrentUser &&
           field.default_value->kind != ir::Value::Kind::CurrentOrg;
  }

  // Drops, then renames, then additions and alterations, in table order.
  void diff_columns(const ir::Entity& old, const ir::Entity& entity, sql::AlterTable& change,
                    Migration& migration) {
    std::vector<sql::TableChange> renames;
    std::vector<sql::TableChange> additions;
    std::set<std::string> kept;
    for (const ir::Field& field : entity.fields) {
      const sql::Column& column = *change.to.find_column(field.column);
      const ir::Field* old_field = predecessor(old, entity, field);
      if (!old_field) {
        additions.emplace_back(sql::AddColumn{column});
        if (!has_database_default(field) && !field.nullable) {
          migration.losses.push_back({"adding required field '" + entity.qualified + "." +
                                          field.name +
                                          "' without a default fails on a table that has rows; "
                                          "give it a default or make it nullable",
                                      field.span});
        }
        continue;
      }
      kept.insert(old_field->column);
      sql::Column old_column = *change.from.find_column(old_field->column);
      if (old_column.name != column.name) {
        renames.emplace_back(sql::RenameColumn{old_column.name, column.name});
        old_column.name = column.name;
      }
      if (!(old_column == column)) additions.emplace_back(sql::AlterColumn{old_column, column});
      std::string qualified = entity.qualified + "." + field.name;
      if (auto loss = field_change_loss(from_, *old_field, to_, field, qualified)) {
        migration.losses.push_back({*loss, field.span});
      }
    }
    for (const ir::Field& field : old.fields) {
      if (kept.count(field.column)) continue;
      change.changes.emplace_back(sql::DropColumn{*change.from.find_column(field.column)});
      migration.losses.push_back(
          {"dropping field '" + entity.qualified + "." + field.name + "' would lose its data",
           std::nullopt});
    }
    change.changes.insert(change.changes.end(), renames.begin(), renames.end());
    change.changes.insert(change.changes.end(), additions.begin(), additions.end());
  }

  const ir::Schema& from_;
  const ir::Schema& to_;
  std::vector<std::pair<const ir::Entity*, const ir::Entity*>> matched_;
  std::map<std::string, std::string> renamed_tables_;  // old table -> new table
};

}  // namespace

Migration diff(const ir::Schema& from, const ir::Schema& to) {
  return Differ(from, to).run();
}

}  // namespace lys::migrate
