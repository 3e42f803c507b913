#include "api/mutation_object.h"

#include <memory>

#include "api/mutation_error.h"
#include "lys/query/planner.h"

namespace lys::api {

ObjectWriter planner_object_writer(const model::Model& model, db::Dialect dialect) {
  auto planner = std::make_shared<const query::Planner>(model, dialect);
  return [planner](db::Connection& connection, int entity, std::string_view key,
                   const graphql::SelectionSet& selection, const access::Session& session,
                   std::string& out) {
    query::Statement statement;
    try {
      statement = planner->plan_object(entity, key, selection, session);
    } catch (const query::InputError& error) {
      throw_bad_input({}, error.what());
    }
    query::run(connection, statement, out);
  };
}

}  // namespace lys::api
