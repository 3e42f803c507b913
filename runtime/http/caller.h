// Who is calling and what the request may do, decided from its headers before its
// body is parsed: the bearer token, or with cookie transport the access cookie, whose
// mutations must carry the XSRF token too.
#pragma once

#include <optional>
#include <string>

#include "http/request.h"
#include "http/routes.h"
#include "lys/auth/bearer.h"
#include "lys/graphql/executor.h"

namespace lys::http {

struct Caller {
  auth::Authentication authentication;
  std::string cookies;  // the Cookie header, passed on when cookies carry tokens
  std::optional<graphql::Error> mutation_refusal;
};

// The bearer header wins. Otherwise, with auth cookies, the access cookie signs the
// request in (anonymous when it does not verify: the client refreshes); a browser
// sends it on its own, so a mutation must also prove it was written by a script of the
// site: the X-XSRF-Token header equal to the XSRF cookie (double submit).
Caller identify_caller(const Request& request, const Services& services);

}  // namespace lys::http
