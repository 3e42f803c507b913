// Who is calling: established by authentication before a request executes, read by
// permissions, defaults (current_user, current_org) and resolvers.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace lys::access {

struct Session {
  std::optional<std::string> user_id;          // signed-in user, absent for anonymous
  std::optional<std::string> organization_id;  // the caller's current organization
  std::vector<std::string> roles;              // global role codes
  bool internal = false;                       // a service token
};

}  // namespace lys::access
