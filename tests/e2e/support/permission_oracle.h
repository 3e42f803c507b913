// What the schema's allow rules admit, worked out apart from the server: it reads the
// rules from the snapshot lysc writes (generated/schema.json) and evaluates them over
// facts about a row (its tenant, its owner, the fields conditions compare) that the
// test reads through the API. The permission matrix compares the server with it.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "support/json.h"

namespace lys::e2e {

enum class Operation { Read, Create, Update, Delete };
std::string_view operation_name(Operation operation);

// Who calls: nobody, a signed-in user (raw id for the token, global id to compare
// with owners and memberships) holding global roles, or an internal service.
struct Caller {
  std::string name;  // as the test reports it
  std::string user_id;
  std::string user_node_id;
  std::vector<std::string> roles;
  bool internal = false;

  bool signed_in() const { return !user_id.empty(); }
  bool holds(std::string_view role) const;
};

// A membership row: `user` holds `role` (its code) in the organization `client`.
struct Grant {
  std::string id;
  std::string user;
  std::string client;
  std::string role;
};

// What the rules look at in one row. Ids are global ids; "" when there is none.
struct RowFacts {
  std::string id;
  std::string tenant;
  std::string owner;
  std::map<std::string, std::string> fields;  // by schema field name, as GraphQL prints them
};

// A field a rule's condition reads: its schema name and its GraphQL name.
struct ConditionField {
  std::string name;
  std::string graphql_name;
};

struct Principal {
  std::string kind;  // anonymous, authenticated, role, org_role, owner, internal, admin
  std::string role;
};

struct Rule {
  Operation operation;
  std::vector<Principal> principals;
  const cJSON* condition;  // null: none
};

// One entity of the snapshot: its names and rules.
struct EntityRules {
  std::string qualified;  // auth.User
  std::string graphql_name;
  std::string graphql_plural;
  std::string table;
  std::string role;          // organization, membership, user, ... ("" for none)
  std::string tenant_field;  // GraphQL name; "id" on the organization entity
  std::string owner_field;   // GraphQL name; "id" on the user entity
  std::vector<ConditionField> condition_fields;
  std::vector<Rule> rules;

  bool has_rule(Operation operation) const;
  // Whether `caller` may apply `operation` to the row `row`, given every membership.
  bool admits(Operation operation, const Caller& caller, const RowFacts& row,
              const std::vector<Grant>& grants) const;
  // Whether `caller` may give the row `row` an owner other than themselves: a rule
  // must admit them through a principal that names its holders (role, org_role,
  // internal).
  bool admits_owner_assignment(Operation operation, const Caller& caller, const RowFacts& row,
                               const std::vector<Grant>& grants) const;
  // The same for other rules over this entity's rows (a named operation's).
  bool admits_under(const std::vector<Rule>& other_rules, Operation operation, const Caller& caller,
                    const RowFacts& row, const std::vector<Grant>& grants) const;
};

// A named query or mutation of the snapshot.
struct OperationRules {
  std::string graphql_name;
  bool is_mutation = false;
  bool is_extern = false;
  std::string target;  // the qualified entity it returns or acts on; "" for none
  std::vector<Rule> rules;
};

class SchemaRules {
 public:
  // Reads the snapshot; throws when it is missing or not what lysc writes.
  explicit SchemaRules(const std::string& snapshot_path);

  // The entities that have an API (not @hidden), in the snapshot's order.
  const std::vector<EntityRules>& entities() const { return entities_; }
  const EntityRules& entity(std::string_view graphql_name) const;
  const EntityRules& entity_named(std::string_view qualified) const;
  const std::vector<OperationRules>& operations() const { return operations_; }
  const OperationRules* operation(std::string_view graphql_name) const;

 private:
  Json document_;  // owns the conditions the rules point into
  std::vector<EntityRules> entities_;
  std::vector<OperationRules> operations_;
};

}  // namespace lys::e2e
