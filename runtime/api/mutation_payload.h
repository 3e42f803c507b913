// The payload objects mutations return (XPayload { x }, DeletePayload { deletedId }),
// written member by member in the selection's order: `__typename` here, every other
// member by the caller.
#pragma once

#include <functional>
#include <string>

#include "lys/graphql/selection.h"

namespace lys::api {

using MemberWriter = std::function<void(const graphql::FieldSelection& member, std::string& out)>;

void write_payload(const graphql::FieldSelection& payload, const MemberWriter& write_member,
                   std::string& out);

}  // namespace lys::api
