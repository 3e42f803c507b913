// The permission matrix of catalog-server: every caller × every operation of every
// entity × rows of the caller's organization, of another one and of none, on both
// databases. The rules are read from the schema snapshot lysc writes, what they admit
// is worked out apart from the server (support/permission_oracle), and the server must
// agree: a read shows exactly the admitted rows, an admitted write happens, a denied
// one fails with its code and changes nothing.
#include <gtest/gtest.h>

#include <functional>
#include <set>

#include "lys/db/ids.h"
#include "support/catalog.h"
#include "support/permission_oracle.h"
#include "support/tokens.h"

namespace lys::e2e {
namespace {

const SchemaRules& schema_rules() {
  static const SchemaRules rules(LYS_E2E_CATALOG_SNAPSHOT);
  return rules;
}

// The matrix's people: alice administers acme, bob works in it, carol administers
// globex, dave belongs nowhere and is also the holder of the global roles, and erin is
// never a caller (rows about her change no caller's rights).
struct World {
  std::map<std::string, std::string> users;  // name → global id
  std::string acme, globex, laptop, electronics;
  std::map<std::string, std::string> roles;      // global role code → global id
  std::map<std::string, std::string> org_roles;  // organization role code → global id
  std::vector<Caller> callers;
};

// A row to create: its input fields (GraphQL) and the facts it will have. A row whose
// owner is left to its default belongs to whoever creates it.
struct Sample {
  std::string input;
  RowFacts facts;
  bool owned_by_creator = false;
};

// How the matrix writes one entity: rows to create (`serial` makes unique values), an
// update the rules do not look at, and which organization field moves a row.
struct EntityPlan {
  std::function<std::vector<Sample>(const World&, int serial)> samples;
  std::function<std::string(const cJSON* row, int serial)> harmless_update;  // null: no update
  std::string extra_selection;  // what harmless_update reads of the row
};

std::string graphql_string(const std::string& text) {
  return json_string(text);
}

Sample product(const World& world, const std::string& client, const std::string& status,
               const std::string& owner, int serial) {
  std::string input = "name: \"Product " + std::to_string(serial) +
                      "\", price: \"1.00\", status: " + status + ", sku: \"" + db::random_uuid() +
                      "\", category: " + graphql_string(world.electronics) +
                      ", client: " + graphql_string(client);
  if (!owner.empty()) input += ", owner: " + graphql_string(world.users.at(owner));
  return {input,
          {"", client, owner.empty() ? "" : world.users.at(owner), {{"status", status}}},
          owner.empty()};
}

std::map<std::string, EntityPlan> entity_plans() {
  std::map<std::string, EntityPlan> plans;
  plans["Product"] = {[](const World& world, int serial) {
                        std::vector<Sample> samples;
                        for (const std::string& client : {world.acme, world.globex}) {
                          for (const char* status : {"ACTIVE", "DRAFT"}) {
                            for (const char* owner : {"bob", "carol", ""}) {
                              samples.push_back(product(world, client, status, owner, serial++));
                            }
                          }
                        }
                        return samples;
                      },
                      [](const cJSON*, int serial) {
                        return "description: \"changed " + std::to_string(serial) + "\"";
                      },
                      ""};
  plans["Review"] = {
      [](const World& world, int) {
        std::vector<Sample> samples;
        for (const char* author : {"bob", "carol", ""}) {
          std::string input = "product: " + graphql_string(world.laptop) + ", rating: 3";
          if (*author != '\0')
            input += std::string(", author: ") + graphql_string(world.users.at(author));
          samples.push_back(
              {input, {"", "", *author ? world.users.at(author) : "", {}}, *author == '\0'});
        }
        return samples;
      },
      [](const cJSON*, int serial) { return "body: \"changed " + std::to_string(serial) + "\""; },
      ""};
  plans["Client"] = {
      [](const World& world, int serial) {
        std::vector<Sample> samples;
        for (const char* owner : {"bob", "carol", ""}) {
          std::string input = "name: \"Client " + std::to_string(serial++) + "\"";
          if (*owner != '\0')
            input += std::string(", owner: ") + graphql_string(world.users.at(owner));
          samples.push_back(
              {input, {"", "", *owner ? world.users.at(owner) : "", {}}, *owner == '\0'});
        }
        return samples;
      },
      [](const cJSON*, int serial) { return "name: \"Renamed " + std::to_string(serial) + "\""; },
      ""};
  plans["Membership"] = {
      [](const World& world, int) {
        std::vector<Sample> samples;
        for (const std::string& client : {world.acme, world.globex}) {
          for (const char* role : {"CLIENT_USER", "CLIENT_ADMIN"}) {
            samples.push_back({"user: " + graphql_string(world.users.at("erin")) +
                                   ", client: " + graphql_string(client) +
                                   ", role: " + graphql_string(world.org_roles.at(role)),
                               {"", client, world.users.at("erin"), {}}});
          }
        }
        return samples;
      },
      // The same role again: the update is checked, and nobody's rights change.
      [](const cJSON* row, int) { return "role: " + graphql_string(text_at(row, "role.id")); },
      "role { id }"};
  plans["User"] = {
      [](const World&, int serial) {
        return std::vector<Sample>{{"email: \"user" + std::to_string(serial) +
                                        "@example.com\", password: \"correct horse battery\"",
                                    {},
                                    false}};
      },
      [](const cJSON*, int serial) { return "firstName: \"Name " + std::to_string(serial) + "\""; },
      ""};
  plans["UserRole"] = {
      [](const World& world, int) {
        std::vector<Sample> samples;
        for (const char* user : {"erin", "bob"}) {
          samples.push_back({"user: " + graphql_string(world.users.at(user)) +
                                 ", role: " + graphql_string(world.roles.at("CATALOG_ADMIN")),
                             {"", "", world.users.at(user), {}}});
        }
        return samples;
      },
      nullptr, ""};
  plans["ProductCategory"] = {
      [](const World&, int serial) {
        return std::vector<Sample>{
            {"code: \"CATEGORY_" + std::to_string(serial) + "\"", {}, false}};
      },
      [](const cJSON*, int serial) {
        return "description: \"changed " + std::to_string(serial) + "\"";
      },
      ""};
  plans["Role"] = {
      [](const World&, int serial) {
        return std::vector<Sample>{{"code: \"ROLE_" + std::to_string(serial) + "\"", {}, false}};
      },
      [](const cJSON*, int serial) {
        return "description: \"changed " + std::to_string(serial) + "\"";
      },
      ""};
  plans["OrganizationRole"] = {};  // read-only: the API has no writes for it
  return plans;
}

// The entity a matrix case is about: the parameter names it, or a named operation
// acting on it (an extern one acts on none; its cases take the first entity).
const EntityRules& entity_under_test(const std::string& name) {
  if (const OperationRules* operation = schema_rules().operation(name)) {
    return operation->target.empty() ? schema_rules().entities().front()
                                     : schema_rules().entity_named(operation->target);
  }
  return schema_rules().entity(name);
}

std::string lower_first(std::string name) {
  name[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[0])));
  return name;
}

std::string describe(const Caller& caller, Operation operation, const RowFacts& row) {
  return caller.name + " " + std::string(operation_name(operation)) + " " + row.id + " (tenant " +
         (row.tenant.empty() ? "none" : row.tenant) + ", owner " +
         (row.owner.empty() ? "none" : row.owner) + ")";
}

class PermissionMatrix : public ::testing::TestWithParam<std::tuple<Backend, std::string>> {
 protected:
  PermissionMatrix()
      : catalog_(std::get<0>(GetParam()), {{"LYS_INTERNAL_SECRET_KEY", kTestInternalSecretKey}}),
        rules_(entity_under_test(std::get<1>(GetParam()))),
        plan_(entity_plans().at(rules_.graphql_name)) {
    build_world();
  }

  // The response of `query` sent by `caller`.
  Json send(const Caller& caller, const std::string& query) {
    TestServer& server = catalog_.server();
    HttpResponse response =
        caller.internal
            ? server.post_graphql_with_token(
                  signed_token({.user_id = "billing"}, kTestInternalSecretKey, kInternalAudience),
                  query)
        : caller.signed_in()
            ? server.post_graphql_with_token(
                  access_token({.user_id = caller.user_id, .roles = caller.roles}), query)
            : server.post_graphql_raw(query);
    Json json = parse_json(response.body);
    if (!json) throw std::runtime_error("not JSON: " + response.body);
    return json;
  }

  std::string facts_selection() const {
    std::string selection = "id version";
    if (!rules_.tenant_field.empty() && rules_.tenant_field != "id") {
      selection += " " + rules_.tenant_field + " { id }";
    }
    if (!rules_.owner_field.empty() && rules_.owner_field != "id") {
      selection += " " + rules_.owner_field + " { id }";
    }
    for (const ConditionField& field : rules_.condition_fields)
      selection += " " + field.graphql_name;
    return selection + " " + plan_.extra_selection;
  }

  RowFacts facts_of(const cJSON* node) const {
    RowFacts facts{text_at(node, "id"), "", "", {}};
    if (rules_.tenant_field == "id")
      facts.tenant = facts.id;
    else if (!rules_.tenant_field.empty())
      facts.tenant = text_at(node, rules_.tenant_field + ".id");
    if (rules_.owner_field == "id")
      facts.owner = facts.id;
    else if (!rules_.owner_field.empty())
      facts.owner = text_at(node, rules_.owner_field + ".id");
    for (const ConditionField& field : rules_.condition_fields) {
      facts.fields[field.name] = text_at(node, field.graphql_name);
    }
    return facts;
  }

  // Every row of the entity, as the administrator sees them, with their facts.
  Json all_rows() {
    return catalog_.post("{ " + rules_.graphql_plural + "(first: 100) { edges { node { " +
                         facts_selection() + " } } } }");
  }
  const cJSON* edges(const Json& rows) const {
    return at(rows.get(), "data." + rules_.graphql_plural + ".edges");
  }
  std::set<std::string> ids(const Json& rows) const {
    std::set<std::string> result;
    const cJSON* edge = nullptr;
    cJSON_ArrayForEach(edge, edges(rows)) result.insert(text_at(edge, "node.id"));
    return result;
  }

  std::vector<Grant> grants() {
    Json rows = catalog_.post(
        "{ memberships(first: 100) { edges { node { id user { id } client { id } role { code } } } "
        "} }");
    std::vector<Grant> result;
    const cJSON* edge = nullptr;
    cJSON_ArrayForEach(edge, at(rows.get(), "data.memberships.edges")) {
      result.push_back({text_at(edge, "node.id"), text_at(edge, "node.user.id"),
                        text_at(edge, "node.client.id"), text_at(edge, "node.role.code")});
    }
    return result;
  }

  // Every table of the schema, straight from the database.
  std::string snapshot() {
    SqlProbe probe(catalog_.database().url());
    std::string text;
    for (const EntityRules& entity : schema_rules().entities()) {
      text += entity.table + ":\n" + probe.dump("SELECT * FROM " + entity.table + " ORDER BY id");
    }
    return text;
  }

  // Creates the sample as the administrator; its id.
  std::string create_as_administrator(const Sample& sample) {
    Json response =
        catalog_.post("mutation { create" + rules_.graphql_name + "(input: {" + sample.input +
                      "}) { " + lower_first(rules_.graphql_name) + " { id } } }");
    std::string id = text_at(response.get(), "data.create" + rules_.graphql_name + "." +
                                                 lower_first(rules_.graphql_name) + ".id");
    if (id.empty()) throw std::runtime_error("cannot create the sample: " + print(response.get()));
    return id;
  }

  // Removes the rows not in `keep`, as the administrator: each case starts from the same data.
  void remove_rows_except(const std::set<std::string>& keep) {
    for (const std::string& id : ids(all_rows())) {
      if (keep.count(id) != 0) continue;
      catalog_.data("mutation { delete" + rules_.graphql_name +
                    "(input: {id: " + graphql_string(id) + "}) { deletedId } }");
    }
  }

  // Whether the API has the mutation at all: an operation without rules has none.
  bool api_has(const std::string& mutation) {
    Json type = catalog_.post(R"({ __type(name: "Mutation") { fields { name } } })");
    std::vector<std::string> names = texts_of(at(type.get(), "data.__type.fields"), "name");
    return std::find(names.begin(), names.end(), mutation) != names.end();
  }

  void check_moves();

  // The row `id` with its facts and version, as the administrator reads it.
  Json administrator_view(const std::string& id) {
    return catalog_.post("{ node(id: " + graphql_string(id) + ") { ... on " + rules_.graphql_name +
                         " { " + facts_selection() + " } } }");
  }

  // For each caller and each sample: the sample created afresh by the administrator,
  // handed to `check` with the administrator's view of it, then removed again.
  void on_fresh_rows(
      const std::function<void(const Caller&, const std::string& id, const cJSON* node)>& check) {
    std::set<std::string> original = ids(all_rows());
    for (const Caller& caller : world_.callers) {
      for (const Sample& sample : plan_.samples(world_, serial_)) {
        serial_ += 100;
        std::string id = create_as_administrator(sample);
        Json row = administrator_view(id);
        check(caller, id, at(row.get(), "data.node"));
        remove_rows_except(original);
      }
    }
  }

  // A denied write: its error code, and nothing changed.
  void expect_denied(const Json& response, std::initializer_list<std::string_view> codes,
                     const std::string& before, const std::string& what) {
    std::string_view code = first_error_code(response.get());
    EXPECT_NE(std::find(codes.begin(), codes.end(), code), codes.end())
        << what << ": " << print(response.get());
    EXPECT_EQ(snapshot(), before) << what << " changed data";
  }
  void expect_done(const Json& response, const std::string& before, const std::string& what) {
    EXPECT_EQ(at(response.get(), "errors"), nullptr) << what << ": " << print(response.get());
    EXPECT_NE(snapshot(), before) << what << " changed nothing";
  }

  Catalog catalog_;
  const EntityRules& rules_;
  EntityPlan plan_;
  World world_;
  int serial_ = 0;

 private:
  void build_world();
};

void PermissionMatrix::build_world() {
  // Users without a password: nobody signs in here, the tests sign their tokens.
  std::map<std::string, std::string> raw_ids{{"alice", db::uuid_v5_url("auth.User/alice")},
                                             {"bob", db::uuid_v5_url("auth.User/bob")}};
  SqlProbe probe(catalog_.database().url());
  for (const char* name : {"carol", "dave", "erin"}) {
    raw_ids[name] = db::random_uuid();
    probe.execute("INSERT INTO auth_user (id, email, password_hash) VALUES ('" + raw_ids[name] +
                  "', '" + name + "@example.com', '!')");
  }
  Json users = catalog_.post("{ users(first: 100) { edges { node { id email } } } }");
  const cJSON* edge = nullptr;
  cJSON_ArrayForEach(edge, at(users.get(), "data.users.edges")) {
    std::string email = text_at(edge, "node.email");
    world_.users[email.substr(0, email.find('@'))] = text_at(edge, "node.id");
  }
  Json data = catalog_.post(
      R"({ clients(first: 10) { edges { node { id name } } }
           products(first: 10) { edges { node { id name } } }
           productCategories(first: 10) { edges { node { id code } } }
           roles(first: 10) { edges { node { id code } } }
           organizationRoles(first: 10) { edges { node { id code } } } })");
  auto id_of = [&](const std::string& list, const std::string& member, const std::string& value) {
    const cJSON* item = nullptr;
    cJSON_ArrayForEach(item, at(data.get(), "data." + list + ".edges")) {
      if (text_at(item, "node." + member) == value) return text_at(item, "node.id");
    }
    throw std::runtime_error("no " + value + " in " + list);
  };
  world_.acme = id_of("clients", "name", "Acme");
  world_.globex = id_of("clients", "name", "Globex");
  world_.laptop = id_of("products", "name", "Laptop");
  world_.electronics = id_of("productCategories", "code", "ELECTRONICS");
  for (const char* role : {"CATALOG_ADMIN", "USER_ADMIN", "ADMIN"}) {
    world_.roles[role] = id_of("roles", "code", role);
  }
  for (const char* role : {"CLIENT_ADMIN", "CLIENT_USER"}) {
    world_.org_roles[role] = id_of("organizationRoles", "code", role);
  }
  catalog_.data(
      "mutation { createMembership(input: {user: " + graphql_string(world_.users.at("carol")) +
      ", client: " + graphql_string(world_.globex) + ", role: " +
      graphql_string(world_.org_roles.at("CLIENT_ADMIN")) + "}) { membership { id } } }");

  auto user = [&](const std::string& name, const std::string& label,
                  std::vector<std::string> roles = {}) {
    return Caller{label, raw_ids.at(name), world_.users.at(name), std::move(roles)};
  };
  world_.callers = {
      Caller{"anonymous", "", "", {}},
      user("dave", "dave (signed in, no organization)"),
      user("bob", "bob (CLIENT_USER of acme)"),
      user("alice", "alice (CLIENT_ADMIN of acme)"),
      user("carol", "carol (CLIENT_ADMIN of globex)"),
      user("dave", "dave (role CATALOG_ADMIN)", {"CATALOG_ADMIN"}),
      user("dave", "dave (role USER_ADMIN)", {"USER_ADMIN"}),
      user("dave", "dave (role ADMIN)", {"ADMIN"}),
      Caller{"an internal service", "", "", {}, true},
  };
}

TEST_P(PermissionMatrix, ReadsShowExactlyTheAdmittedRows) {
  if (plan_.samples) {
    for (const Sample& sample : plan_.samples(world_, serial_)) create_as_administrator(sample);
    serial_ += 100;
  }
  Json rows = all_rows();
  std::vector<Grant> memberships = grants();
  std::string id_list;
  for (const std::string& id : ids(rows)) id_list += graphql_string(id) + " ";
  for (const Caller& caller : world_.callers) {
    std::set<std::string> expected;
    const cJSON* edge = nullptr;
    cJSON_ArrayForEach(edge, edges(rows)) {
      RowFacts row = facts_of(at(edge, "node"));
      if (rules_.admits(Operation::Read, caller, row, memberships)) expected.insert(row.id);
    }
    Json by_id = send(caller, "{ nodes(ids: [" + id_list + "]) { id } }");
    std::set<std::string> seen;
    cJSON_ArrayForEach(edge, at(by_id.get(), "data.nodes")) {
      if (!cJSON_IsNull(edge)) seen.insert(text_at(edge, "id"));
    }
    EXPECT_EQ(seen, expected) << caller.name << " by id: " << print(by_id.get());
    Json listed = send(caller, "{ " + rules_.graphql_plural +
                                   "(first: 100) { totalCount edges { node { id } } } }");
    EXPECT_EQ(ids(listed), expected) << caller.name << " listing: " << print(listed.get());
    EXPECT_EQ(print(at(listed.get(), "data." + rules_.graphql_plural + ".totalCount")),
              std::to_string(expected.size()))
        << caller.name;
  }
}

TEST_P(PermissionMatrix, CreatesHappenExactlyWhenAdmitted) {
  std::string mutation = "create" + rules_.graphql_name;
  if (!rules_.has_rule(Operation::Create)) {
    EXPECT_FALSE(api_has(mutation)) << "no rule, yet the API has " << mutation;
    return;
  }
  std::set<std::string> original = ids(all_rows());
  for (const Caller& caller : world_.callers) {
    for (Sample& sample : plan_.samples(world_, serial_)) {
      serial_ += 100;
      if (sample.owned_by_creator) sample.facts.owner = caller.user_node_id;
      std::vector<Grant> memberships = grants();
      bool admitted = rules_.admits(Operation::Create, caller, sample.facts, memberships);
      if (!sample.facts.owner.empty() && sample.facts.owner != caller.user_node_id) {
        admitted = admitted && rules_.admits_owner_assignment(Operation::Create, caller,
                                                              sample.facts, memberships);
      }
      std::string what =
          caller.name + " creating " + rules_.graphql_name + " {" + sample.input + "}";
      std::string before = snapshot();
      Json response = send(
          caller, "mutation { " + mutation + "(input: {" + sample.input + "}) { __typename } }");
      if (admitted)
        expect_done(response, before, what);
      else
        expect_denied(response, {"FORBIDDEN"}, before, what);
      remove_rows_except(original);
    }
  }
}

TEST_P(PermissionMatrix, UpdatesHappenExactlyWhenAdmitted) {
  std::string mutation = "update" + rules_.graphql_name;
  if (!rules_.has_rule(Operation::Update)) {
    EXPECT_FALSE(api_has(mutation)) << "no rule, yet the API has " << mutation;
    return;
  }
  std::set<std::string> original = ids(all_rows());
  for (const Sample& sample : plan_.samples(world_, serial_)) create_as_administrator(sample);
  serial_ += 100;
  std::set<std::string> targets = ids(all_rows());
  for (const Caller& caller : world_.callers) {
    for (const std::string& id : targets) {
      Json row = administrator_view(id);
      const cJSON* node = at(row.get(), "data.node");
      RowFacts facts = facts_of(node);
      std::vector<Grant> memberships = grants();
      std::string what = describe(caller, Operation::Update, facts);
      std::string before = snapshot();
      Json response =
          send(caller, "mutation { " + mutation + "(input: {id: " + graphql_string(id) +
                           ", version: " + print(at(node, "version")) + ", " +
                           plan_.harmless_update(node, ++serial_) + "}) { __typename } }");
      if (rules_.admits(Operation::Update, caller, facts, memberships))
        expect_done(response, before, what);
      else
        expect_denied(response, {"NOT_FOUND"}, before, what);
    }
  }
  remove_rows_except(original);
  if (!rules_.tenant_field.empty() && rules_.tenant_field != "id") check_moves();
}

// A row moved to the other organization: the update rules must admit it on both sides.
void PermissionMatrix::check_moves() {
  on_fresh_rows([&](const Caller& caller, const std::string& id, const cJSON* node) {
    RowFacts from = facts_of(node);
    RowFacts to = from;
    to.tenant = from.tenant == world_.acme ? world_.globex : world_.acme;
    std::vector<Grant> memberships = grants();
    std::string what = describe(caller, Operation::Update, from) + " to " + to.tenant;
    std::string before = snapshot();
    Json response = send(
        caller, "mutation { update" + rules_.graphql_name + "(input: {id: " + graphql_string(id) +
                    ", version: " + print(at(node, "version")) + ", " + rules_.tenant_field + ": " +
                    graphql_string(to.tenant) + "}) { __typename } }");
    if (!rules_.admits(Operation::Update, caller, from, memberships)) {
      expect_denied(response, {"NOT_FOUND"}, before, what);
    } else if (!rules_.admits(Operation::Update, caller, to, memberships)) {
      expect_denied(response, {"FORBIDDEN"}, before, what);
    } else {
      expect_done(response, before, what);
    }
  });
}

TEST_P(PermissionMatrix, DeletesHappenExactlyWhenAdmitted) {
  std::string mutation = "delete" + rules_.graphql_name;
  if (!rules_.has_rule(Operation::Delete)) {
    EXPECT_FALSE(api_has(mutation)) << "no rule, yet the API has " << mutation;
    return;
  }
  on_fresh_rows([&](const Caller& caller, const std::string& id, const cJSON* node) {
    RowFacts facts = facts_of(node);
    std::string what = describe(caller, Operation::Delete, facts);
    std::string before = snapshot();
    Json response = send(caller, "mutation { " + mutation + "(input: {id: " + graphql_string(id) +
                                     "}) { deletedId } }");
    if (rules_.admits(Operation::Delete, caller, facts, grants())) {
      expect_done(response, before, what);
    } else {
      expect_denied(response, {"NOT_FOUND"}, before, what);
    }
  });
}

std::string case_name(const ::testing::TestParamInfo<std::tuple<Backend, std::string>>& info) {
  return std::get<1>(info.param) + "_" + ::testing::PrintToString(std::get<0>(info.param));
}

// Named operations: their own rules, and on a row the entity's rules for the same
// operation too.
class NamedOperationMatrix : public PermissionMatrix {
 protected:
  const OperationRules& operation() const {
    return *schema_rules().operation(std::get<1>(GetParam()));
  }
  Operation kind() const { return operation().is_mutation ? Operation::Update : Operation::Read; }

  // Whether the session alone rules the caller out: no principal of the operation's
  // rules could admit them, whatever the row.
  bool ruled_out_by_session(const Caller& caller) const {
    if (caller.holds("ADMIN")) return false;
    for (const Rule& rule : operation().rules) {
      for (const Principal& principal : rule.principals) {
        const std::string& kind = principal.kind;
        if (kind == "anonymous" || (kind == "role" && caller.holds(principal.role)) ||
            (kind == "internal" && caller.internal)) {
          return false;
        }
        if ((kind == "authenticated" || kind == "owner" || kind == "org_role") &&
            caller.signed_in()) {
          return false;
        }
      }
    }
    return true;
  }
};

TEST_P(NamedOperationMatrix, RunsExactlyWhenItsRulesAdmit) {
  const OperationRules& named = operation();
  if (named.is_extern) {
    // No row: only what the session decides can admit. An admitted caller gets as far as
    // the (missing) feed; a refused one not even that.
    const EntityRules no_entity;
    for (const Caller& caller : world_.callers) {
      bool admitted = no_entity.admits_under(named.rules, kind(), caller, RowFacts{}, {});
      std::string before = snapshot();
      Json response = send(
          caller, "mutation { " + named.graphql_name + R"((url: "file:/nonexistent/feed.json") })");
      EXPECT_EQ(first_error_code(response.get()), admitted ? "BAD_USER_INPUT" : "FORBIDDEN")
          << caller.name << ": " << print(response.get());
      EXPECT_EQ(snapshot(), before) << caller.name;
    }
    return;
  }
  for (const Sample& sample : plan_.samples(world_, serial_)) create_as_administrator(sample);
  Json rows = all_rows();
  std::vector<Grant> memberships = grants();
  for (const Caller& caller : world_.callers) {
    std::set<std::string> expected;
    const cJSON* edge = nullptr;
    cJSON_ArrayForEach(edge, edges(rows)) {
      RowFacts row = facts_of(at(edge, "node"));
      if (rules_.admits_under(named.rules, kind(), caller, row, memberships) &&
          rules_.admits(kind(), caller, row, memberships)) {
        expected.insert(row.id);
      }
    }
    if (!named.is_mutation) {
      Json found = send(caller, "{ " + named.graphql_name +
                                    R"((text: "%", first: 100) { edges { node { id } } } })");
      std::set<std::string> seen;
      cJSON_ArrayForEach(edge, at(found.get(), "data." + named.graphql_name + ".edges")) {
        seen.insert(text_at(edge, "node.id"));
      }
      EXPECT_EQ(seen, expected) << caller.name << ": " << print(found.get());
      continue;
    }
    for (const std::string& id : ids(rows)) {
      std::string what = caller.name + " " + named.graphql_name + " " + id;
      std::string before = snapshot();
      Json response =
          send(caller, "mutation { " + named.graphql_name + "(" + lower_first(rules_.graphql_name) +
                           ": " + graphql_string(id) + ") { id } }");
      if (expected.count(id) != 0)
        expect_done(response, before, what);
      else if (ruled_out_by_session(caller))
        expect_denied(response, {"FORBIDDEN"}, before, what);
      else
        expect_denied(response, {"NOT_FOUND"}, before, what);
    }
  }
}

std::vector<std::string> operation_names() {
  std::vector<std::string> names;
  for (const OperationRules& operation : schema_rules().operations()) {
    names.push_back(operation.graphql_name);
  }
  return names;
}

INSTANTIATE_TEST_SUITE_P(, NamedOperationMatrix,
                         ::testing::Combine(::testing::Values(Backend::Sqlite, Backend::Postgres),
                                            ::testing::ValuesIn(operation_names())),
                         case_name);

std::vector<std::string> entity_names() {
  std::vector<std::string> names;
  for (const EntityRules& entity : schema_rules().entities()) names.push_back(entity.graphql_name);
  return names;
}

INSTANTIATE_TEST_SUITE_P(, PermissionMatrix,
                         ::testing::Combine(::testing::Values(Backend::Sqlite, Backend::Postgres),
                                            ::testing::ValuesIn(entity_names())),
                         case_name);

}  // namespace
}  // namespace lys::e2e
