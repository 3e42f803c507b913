#include "compiler/ir/ir.h"

#include <algorithm>

namespace lys::ir {

namespace {
template <typename T, typename Key>
const T* find_by(const std::vector<T>& items, const Key& key, std::string T::*member) {
  auto it =
      std::find_if(items.begin(), items.end(), [&](const T& item) { return item.*member == key; });
  return it == items.end() ? nullptr : &*it;
}

// The indexed item if the index holds `key` at a position that still has it, else a scan.
template <typename T>
const T* find_indexed(const std::vector<T>& items, const std::string& key,
                      const std::unordered_map<std::string, std::size_t>& positions,
                      std::string T::*member) {
  auto found = positions.find(key);
  if (found != positions.end() && found->second < items.size() &&
      items[found->second].*member == key) {
    return &items[found->second];
  }
  return find_by(items, key, member);
}

template <typename T>
std::unordered_map<std::string, std::size_t> positions_of(const std::vector<T>& items,
                                                          std::string T::*member) {
  std::unordered_map<std::string, std::size_t> positions;
  positions.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) positions.emplace(items[i].*member, i);
  return positions;
}

}  // namespace

const Field* Entity::find_field(const std::string& field_name) const {
  return find_by(fields, field_name, &Field::name);
}

const Entity* Schema::find_entity(const std::string& qualified) const {
  return find_indexed(entities, qualified, entity_positions, &Entity::qualified);
}

const Enum* Schema::find_enum(const std::string& qualified) const {
  return find_indexed(enums, qualified, enum_positions, &Enum::qualified);
}

void Schema::build_index() {
  entity_positions = positions_of(entities, &Entity::qualified);
  enum_positions = positions_of(enums, &Enum::qualified);
}

const App* Schema::find_app(const std::string& name) const {
  return find_by(apps, name, &App::name);
}

const Entity* Schema::entity_with_role(EntityRole role) const {
  auto it = std::find_if(entities.begin(), entities.end(),
                         [&](const Entity& entity) { return entity.role == role; });
  return it == entities.end() ? nullptr : &*it;
}

}  // namespace lys::ir
