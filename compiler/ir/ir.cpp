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
}  // namespace

const Field* Entity::find_field(const std::string& field_name) const {
  return find_by(fields, field_name, &Field::name);
}

const Entity* Schema::find_entity(const std::string& qualified) const {
  return find_by(entities, qualified, &Entity::qualified);
}

const Enum* Schema::find_enum(const std::string& qualified) const {
  return find_by(enums, qualified, &Enum::qualified);
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
