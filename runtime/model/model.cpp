#include "lys/model/model.h"

namespace lys::model {

namespace {
template <typename Items, typename Member>
int index_of(const Items& items, std::string_view name, Member member) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].*member == name) return static_cast<int>(i);
  }
  return -1;
}
}  // namespace

int Entity::field_by_graphql_name(std::string_view field_graphql_name) const {
  return index_of(fields, field_graphql_name, &Field::graphql_name);
}

int Entity::field_by_name(std::string_view field_name) const {
  return index_of(fields, field_name, &Field::name);
}

int Model::entity_by_graphql_name(std::string_view graphql_name) const {
  return index_of(entities, graphql_name, &Entity::graphql_name);
}

}  // namespace lys::model
