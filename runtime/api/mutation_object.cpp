#include "api/mutation_object.h"

#include "api/mutation_error.h"

namespace lys::api {

ObjectWriter planner_object_writer(std::shared_ptr<const query::Planner> planner) {
  return
      [planner = std::move(planner)](db::Connection& connection, int entity, std::string_view key,
                                     const graphql::SelectionSet& selection,
                                     const access::Session& session, std::string& out) {
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
