// `allow` rules: principals (roles must be fixture keys of the role entities,
// `owner` needs an owner field, `org_role` a tenant) and typed conditions.
#pragma once

#include <vector>

#include "compiler/sema/context.h"

namespace lys::sema {

// What a rule protects: the rows of `entity` (null for an operation without one),
// seen from `app`, with the arguments of the enclosing operation if any.
struct RuleSubject {
  std::string app;
  const ir::Entity* entity = nullptr;
  const std::vector<ir::Parameter>* parameters = nullptr;
};

// One IR rule per operation the rule covers.
std::vector<ir::Rule> check_rule(Context& context, const ast::AllowRule& rule,
                                 const RuleSubject& subject,
                                 const std::vector<ir::Operation>& operations);

// The operations an entity rule names, `all` expanded to the four.
std::vector<ir::Operation> rule_operations(const ast::AllowRule& rule);

}  // namespace lys::sema
