#include "compiler/emit/sql/creation_order.h"

#include <algorithm>

namespace lys::emit::sql {

namespace {

bool ready(const Table& table, const std::set<std::string>& created) {
  return std::all_of(table.foreign_keys.begin(), table.foreign_keys.end(),
                     [&](const ForeignKey& foreign_key) {
                       return foreign_key.target_table == table.name ||
                              created.count(foreign_key.target_table) > 0;
                     });
}

}  // namespace

std::vector<SchemaChange> creation_changes(const std::vector<Table>& tables,
                                           const std::set<std::string>& existing) {
  std::set<std::string> created = existing;
  std::vector<const Table*> pending;
  for (const Table& table : tables) pending.push_back(&table);

  std::vector<SchemaChange> creates;
  std::vector<SchemaChange> deferred_additions;
  while (!pending.empty()) {
    auto next = std::find_if(pending.begin(), pending.end(),
                             [&](const Table* table) { return ready(*table, created); });
    if (next == pending.end()) next = pending.begin();  // a cycle: break it here
    const Table& table = **next;
    CreateTable create{table, {}};
    AddDeferredForeignKeys addition{table.name, {}};
    for (const ForeignKey& foreign_key : table.foreign_keys) {
      if (foreign_key.target_table == table.name || created.count(foreign_key.target_table)) {
        continue;
      }
      create.deferred.push_back(foreign_key.name);
      addition.foreign_keys.push_back(foreign_key);
    }
    creates.emplace_back(std::move(create));
    if (!addition.foreign_keys.empty()) deferred_additions.emplace_back(std::move(addition));
    created.insert(table.name);
    pending.erase(next);
  }
  creates.insert(creates.end(), deferred_additions.begin(), deferred_additions.end());
  return creates;
}

std::vector<SchemaChange> removal_changes(const std::vector<Table>& tables,
                                          const std::set<std::string>& remaining) {
  return inverse(creation_changes(tables, remaining));
}

}  // namespace lys::emit::sql
