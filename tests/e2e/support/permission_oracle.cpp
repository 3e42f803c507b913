#include "support/permission_oracle.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace lys::e2e {

namespace {

// The snapshot leaves out members equal to their defaults: a rule without
// "operation" is a read rule, a principal without "kind" is anonymous, an expression
// without "kind" is a literal, and one without "binary_op" compares with ==.
std::string member_or(const cJSON* object, const char* name, std::string fallback) {
  const cJSON* member = cJSON_GetObjectItemCaseSensitive(object, name);
  return cJSON_IsString(member) ? member->valuestring : fallback;
}

Operation parse_operation(const std::string& name) {
  if (name == "read") return Operation::Read;
  if (name == "create") return Operation::Create;
  if (name == "update") return Operation::Update;
  if (name == "delete") return Operation::Delete;
  throw std::runtime_error("unknown operation '" + name + "' in the snapshot");
}

// The GraphQL name of the entity's field `name`, as the snapshot maps it.
std::string graphql_field(const cJSON* entity, const std::string& name) {
  if (name.empty()) return "";
  const cJSON* field = nullptr;
  cJSON_ArrayForEach(field, cJSON_GetObjectItemCaseSensitive(entity, "fields")) {
    if (member_or(field, "name", "") == name) return member_or(field, "graphql_name", name);
  }
  throw std::runtime_error("no field '" + name + "' in the snapshot's entity");
}

// The fields a condition reads, by their snapshot (IR) names.
void collect_condition_fields(const cJSON* expr, std::vector<std::string>& names) {
  if (member_or(expr, "kind", "literal") == "field") {
    const cJSON* path = cJSON_GetObjectItemCaseSensitive(expr, "path");
    if (cJSON_GetArraySize(path) != 1) {
      throw std::runtime_error(
          "the permission oracle only follows conditions on the row's own fields");
    }
    names.emplace_back(cJSON_GetArrayItem(path, 0)->valuestring);
  }
  const cJSON* operand = nullptr;
  cJSON_ArrayForEach(operand, cJSON_GetObjectItemCaseSensitive(expr, "operands")) {
    collect_condition_fields(operand, names);
  }
}

// The text GraphQL prints for a literal of a condition, or for a field of the row.
std::string operand_text(const cJSON* expr, const std::map<std::string, std::string>& fields) {
  std::string kind = member_or(expr, "kind", "literal");
  if (kind == "field") {
    const cJSON* path = cJSON_GetObjectItemCaseSensitive(expr, "path");
    auto found = fields.find(cJSON_GetArrayItem(path, 0)->valuestring);
    if (found == fields.end())
      throw std::runtime_error("the row's facts lack a field a rule reads");
    return found->second;
  }
  if (kind != "literal")
    throw std::runtime_error("the permission oracle cannot compare '" + kind + "'");
  const cJSON* value = cJSON_GetObjectItemCaseSensitive(expr, "value");
  std::string value_kind = member_or(value, "kind", "null");
  if (value_kind == "enum_value" || value_kind == "string" || value_kind == "int") {
    return member_or(value, "text", "");
  }
  if (value_kind == "bool")
    return cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(value, "boolean")) ? "true" : "false";
  throw std::runtime_error("the permission oracle cannot compare a '" + value_kind + "' literal");
}

bool holds(const cJSON* expr, const std::map<std::string, std::string>& fields) {
  std::string kind = member_or(expr, "kind", "literal");
  const cJSON* operands = cJSON_GetObjectItemCaseSensitive(expr, "operands");
  const cJSON* left = cJSON_GetArrayItem(operands, 0);
  const cJSON* right = cJSON_GetArrayItem(operands, 1);
  if (kind == "unary" && member_or(expr, "unary_op", "not") == "not") return !holds(left, fields);
  if (kind != "binary")
    throw std::runtime_error("the permission oracle cannot evaluate '" + kind + "'");
  std::string op = member_or(expr, "binary_op", "eq");
  if (op == "and") return holds(left, fields) && holds(right, fields);
  if (op == "or") return holds(left, fields) || holds(right, fields);
  if (op == "eq") return operand_text(left, fields) == operand_text(right, fields);
  if (op == "ne") return operand_text(left, fields) != operand_text(right, fields);
  throw std::runtime_error("the permission oracle cannot evaluate '" + op + "'");
}

// The "rules" of an entity or a named operation.
std::vector<Rule> parse_rules(const cJSON* owner) {
  std::vector<Rule> parsed;
  const cJSON* rule = nullptr;
  cJSON_ArrayForEach(rule, cJSON_GetObjectItemCaseSensitive(owner, "rules")) {
    Rule one{parse_operation(member_or(rule, "operation", "read")),
             {},
             cJSON_GetObjectItemCaseSensitive(rule, "condition")};
    const cJSON* principal = nullptr;
    cJSON_ArrayForEach(principal, cJSON_GetObjectItemCaseSensitive(rule, "principals")) {
      one.principals.push_back(
          {member_or(principal, "kind", "anonymous"), member_or(principal, "role", "")});
    }
    parsed.push_back(std::move(one));
  }
  return parsed;
}

bool is_member(const std::vector<Grant>& grants, const Caller& caller, const RowFacts& row,
               const std::string* role) {
  return std::any_of(grants.begin(), grants.end(), [&](const Grant& grant) {
    // A membership never counts for itself.
    return grant.id != row.id && grant.user == caller.user_node_id && grant.client == row.tenant &&
           (role == nullptr || grant.role == *role);
  });
}

// Whether a rule of `applicable` for `operation` admits the caller on the row of
// `entity`; with `naming_principals_only`, only through principals that name their holders.
bool admits_through(const EntityRules& entity, const std::vector<Rule>& applicable,
                    Operation operation, const Caller& caller, const RowFacts& row,
                    const std::vector<Grant>& grants, bool naming_principals_only) {
  if (caller.holds("ADMIN")) {
    return std::any_of(applicable.begin(), applicable.end(),
                       [&](const Rule& rule) { return rule.operation == operation; });
  }
  auto admitted_by = [&](const Principal& principal) {
    const std::string& kind = principal.kind;
    if (naming_principals_only && kind != "role" && kind != "org_role" && kind != "internal") {
      return false;
    }
    if (kind == "anonymous") return true;
    if (kind == "authenticated") {
      // On tenant-scoped rows a signed-in user must belong to the row's organization,
      // except on the organization entity itself.
      return caller.signed_in() && (entity.tenant_field.empty() || entity.role == "organization" ||
                                    is_member(grants, caller, row, nullptr));
    }
    if (kind == "role") return caller.holds(principal.role);
    if (kind == "org_role")
      return caller.signed_in() && is_member(grants, caller, row, &principal.role);
    if (kind == "owner") return caller.signed_in() && row.owner == caller.user_node_id;
    if (kind == "internal") return caller.internal;
    return false;  // admin: handled above
  };
  return std::any_of(applicable.begin(), applicable.end(), [&](const Rule& rule) {
    return rule.operation == operation &&
           std::any_of(rule.principals.begin(), rule.principals.end(), admitted_by) &&
           (rule.condition == nullptr || holds(rule.condition, row.fields));
  });
}

}  // namespace

std::string_view operation_name(Operation operation) {
  switch (operation) {
    case Operation::Read:
      return "read";
    case Operation::Create:
      return "create";
    case Operation::Update:
      return "update";
    case Operation::Delete:
      return "delete";
  }
  return "";
}

bool Caller::holds(std::string_view role) const {
  return std::find(roles.begin(), roles.end(), role) != roles.end();
}

bool EntityRules::has_rule(Operation operation) const {
  return std::any_of(rules.begin(), rules.end(),
                     [&](const Rule& rule) { return rule.operation == operation; });
}

bool EntityRules::admits(Operation operation, const Caller& caller, const RowFacts& row,
                         const std::vector<Grant>& grants) const {
  return admits_through(*this, rules, operation, caller, row, grants, false);
}

bool EntityRules::admits_under(const std::vector<Rule>& other_rules, Operation operation,
                               const Caller& caller, const RowFacts& row,
                               const std::vector<Grant>& grants) const {
  return admits_through(*this, other_rules, operation, caller, row, grants, false);
}

bool EntityRules::admits_owner_assignment(Operation operation, const Caller& caller,
                                          const RowFacts& row,
                                          const std::vector<Grant>& grants) const {
  return admits_through(*this, rules, operation, caller, row, grants, true);
}

SchemaRules::SchemaRules(const std::string& snapshot_path) : document_(nullptr, cJSON_Delete) {
  std::ifstream file(snapshot_path);
  std::stringstream text;
  text << file.rdbuf();
  document_ = parse_json(text.str());
  if (!document_) throw std::runtime_error("cannot read the schema snapshot " + snapshot_path);
  const cJSON* entity = nullptr;
  cJSON_ArrayForEach(entity, cJSON_GetObjectItemCaseSensitive(document_.get(), "entities")) {
    if (cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(entity, "hidden"))) continue;
    EntityRules rules;
    rules.qualified = member_or(entity, "qualified", "");
    rules.graphql_name = member_or(entity, "graphql_name", "");
    rules.graphql_plural = member_or(entity, "graphql_plural", "");
    rules.table = member_or(entity, "table", "");
    rules.role = member_or(entity, "role", "");
    rules.tenant_field = graphql_field(entity, member_or(entity, "tenant_field", ""));
    rules.owner_field = graphql_field(entity, member_or(entity, "owner_field", ""));
    rules.rules = parse_rules(entity);
    for (const Rule& rule : rules.rules) {
      if (rule.condition == nullptr) continue;
      std::vector<std::string> names;
      collect_condition_fields(rule.condition, names);
      for (const std::string& name : names) {
        bool known = std::any_of(rules.condition_fields.begin(), rules.condition_fields.end(),
                                 [&](const ConditionField& field) { return field.name == name; });
        if (!known) rules.condition_fields.push_back({name, graphql_field(entity, name)});
      }
    }
    entities_.push_back(std::move(rules));
  }
  const cJSON* operation = nullptr;
  cJSON_ArrayForEach(operation, cJSON_GetObjectItemCaseSensitive(document_.get(), "operations")) {
    const cJSON* result = cJSON_GetObjectItemCaseSensitive(operation, "result_type");
    operations_.push_back({member_or(operation, "graphql_name", ""),
                           member_or(operation, "kind", "query") == "mutation",
                           cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(operation, "extern")) != 0,
                           member_or(result, "target", ""), parse_rules(operation)});
  }
}

const OperationRules* SchemaRules::operation(std::string_view graphql_name) const {
  for (const OperationRules& rules : operations_) {
    if (rules.graphql_name == graphql_name) return &rules;
  }
  return nullptr;
}

const EntityRules& SchemaRules::entity_named(std::string_view qualified) const {
  for (const EntityRules& rules : entities_) {
    if (rules.qualified == qualified) return rules;
  }
  throw std::runtime_error("no entity '" + std::string(qualified) + "' in the snapshot");
}

const EntityRules& SchemaRules::entity(std::string_view graphql_name) const {
  for (const EntityRules& rules : entities_) {
    if (rules.graphql_name == graphql_name) return rules;
  }
  throw std::runtime_error("no entity '" + std::string(graphql_name) + "' in the snapshot");
}

}  // namespace lys::e2e
