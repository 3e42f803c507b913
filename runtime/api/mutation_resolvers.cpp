#include "api/mutation_resolvers.h"

#include "api/resolvers.h"

namespace lys::api {

void register_mutation_resolvers(graphql::Executor& executor, const model::Model& model,
                                 std::shared_ptr<const query::Planner> planner,
                                 db::Database& database, const ExternRegistry& externs,
                                 ApiOptions options) {
  MutationServices services{&model, &database, planner_object_writer(std::move(planner)), options};
  for (std::size_t entity = 0; entity < model.entities.size(); ++entity) {
    if (!model.entities[entity].hidden) {
      register_entity_mutations(executor, services, static_cast<int>(entity));
    }
  }
  for (const model::NamedOperation& operation : model.operations) {
    if (operation.is_extern) {
      register_extern_operation(executor, services, operation, externs);
    } else if (operation.mutation) {
      register_named_mutation(executor, services, operation);
    }
  }
}

}  // namespace lys::api
