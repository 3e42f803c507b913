// The entity a mutation wrote, as the caller selected it: the planner's statement for
// "this entity's selection of the row with this key", run on the mutation's own
// connection, inside its transaction, after the write.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "lys/access/session.h"
#include "lys/db/connection.h"
#include "lys/graphql/selection.h"
#include "lys/query/planner.h"

namespace lys::api {

// Appends the object's JSON to `out`, or `null` when the row is not visible.
using ObjectWriter = std::function<void(
    db::Connection& connection, int entity, std::string_view key,
    const graphql::SelectionSet& selection, const access::Session& session, std::string& out)>;

// An ObjectWriter over the API's planner (plans cached across calls). A
// query::InputError (bad arguments of a nested connection) becomes BAD_USER_INPUT.
ObjectWriter planner_object_writer(std::shared_ptr<const query::Planner> planner);

}  // namespace lys::api
