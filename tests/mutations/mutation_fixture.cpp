#include "mutation_fixture.h"

#include <cJSON.h>

#include <fstream>
#include <sstream>

#include "api/resolvers.h"
#include "lys/db/migration_script.h"
#include "lys/query/global_id.h"

namespace lys::test {

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

void create_tables(db::Database& database) {
  db::Dialect dialect = database.dialect();
  db::MigrationScript script = db::parse_migration_script(
      read_file(std::string(LYS_SOURCE_DIR) + "/migrations/" +
                std::string(db::dialect_name(dialect)) + "/0001_initial.sql"));
  db::Database::Lease connection = database.acquire();
  db::Transaction transaction(*connection);
  connection->execute_script(script.up.sql);
  connection->execute_script("INSERT INTO auth_user (id, email, password_hash) VALUES ('" +
                             kAliceKey +
                             "', 'alice@example.com', '!');"
                             "INSERT INTO organization_client (id, name) VALUES ('" +
                             kAcmeKey + "', 'Acme'), ('" + kGlobexKey +
                             "', 'Globex');"
                             "INSERT INTO catalog_product_category (id, description) VALUES "
                             "('ELECTRONICS', 'Devices'), ('CLOTHING', NULL);");
  transaction.commit();
}

// importCatalog(url): adds the category named by the url, through the database it is
// given, and returns how many categories there are.
std::optional<graphql::Error> import_catalog(api::ExternCall& call, std::string& out) {
  const graphql::Value* url = call.field.argument("url");
  if (url == nullptr || url->text.empty()) {
    return graphql::Error{"the url is empty", "BAD_USER_INPUT", {}, {}, {{"field", "url"}}};
  }
  db::Database::Lease connection = call.database.acquire();
  std::vector<db::Param> params = {url->text};
  connection->query("INSERT INTO catalog_product_category (id) VALUES ($1)", params);
  out += connection->query("SELECT count(*) FROM catalog_product_category").text(0, 0);
  return std::nullopt;
}

}  // namespace

const access::Session& admin_session() {
  static const access::Session admin = [] {
    access::Session session;
    session.roles = {"ADMIN"};
    return session;
  }();
  return admin;
}

MutationTest::MutationTest() : test_database_(GetParam()), database_(test_database_.open()) {
  create_tables(*database_);
  externs_.add("importCatalog", import_catalog);
  register_mutations(resolvers_, catalog_model(), externs_);
}

void MutationTest::register_mutations(graphql::Executor& executor, const model::Model& model,
                                      const api::ExternRegistry& externs) {
  api::register_mutation_resolvers(executor, model,
                                   std::make_shared<const query::Planner>(model, GetParam()),
                                   *database_, externs);
}

Outcome MutationTest::call(const graphql::FieldSelection& field, const access::Session& session) {
  graphql::ResolveContext context{session, {field.response_key}};
  Outcome outcome;
  outcome.error = resolvers_.at("Mutation", field.name)(field, context, outcome.json);
  return outcome;
}

std::string MutationTest::create_product(std::initializer_list<graphql::Value::Field> changes) {
  Outcome outcome =
      call(with_argument(object("createProduct", "ProductPayload", {product_selection()}), "input",
                         product_input(changes)));
  if (outcome.error) throw std::runtime_error("createProduct failed: " + outcome.error->message);
  return payload_key(outcome.json, "product");
}

std::string MutationTest::scalar(const std::string& sql) {
  db::Database::Lease connection = database_->acquire();
  db::Rows rows = connection->query(sql);
  return rows.empty() ? std::string() : std::string(rows.text(0, 0));
}

graphql::Value product_input(std::initializer_list<graphql::Value::Field> changes) {
  graphql::Value input = object_value({
      {"name", string_value("Laptop")},
      {"price", string_value("999.99")},
      {"sku", string_value(kSku)},
      {"category", string_value(query::encode_global_id("ProductCategory", "ELECTRONICS"))},
      {"client", string_value(query::encode_global_id("Client", kAcmeKey))},
  });
  for (const graphql::Value::Field& change : changes) set_member(input, change.name, change.value);
  return input;
}

graphql::FieldSelection product_selection(std::string name) {
  return object(
      std::move(name), "Product",
      {leaf("id"), leaf("name"), leaf("price"), leaf("status"), leaf("stock"), leaf("description"),
       leaf("featured"), leaf("version"), object("category", "ProductCategory", {leaf("code")})});
}

std::string payload_key(const std::string& json, const char* member) {
  cJSON* parsed = cJSON_Parse(json.c_str());
  const cJSON* id =
      cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(parsed, member), "id");
  std::optional<query::GlobalId> global_id =
      cJSON_IsString(id) ? query::decode_global_id(id->valuestring) : std::nullopt;
  cJSON_Delete(parsed);
  if (!global_id) throw std::runtime_error("no object id in " + json);
  return global_id->raw_id;
}

std::string canonical_json(const std::string& text) {
  cJSON* parsed = cJSON_Parse(text.c_str());
  if (parsed == nullptr) return "invalid JSON: " + text;
  char* printed = cJSON_PrintUnformatted(parsed);
  std::string result(printed);
  cJSON_free(printed);
  cJSON_Delete(parsed);
  return result;
}

void expect_error(const Outcome& outcome, std::string_view code, std::string_view message_part) {
  ASSERT_TRUE(outcome.error) << "succeeded with " << outcome.json;
  EXPECT_EQ(outcome.error->code, code) << outcome.error->message;
  EXPECT_NE(outcome.error->message.find(message_part), std::string::npos) << outcome.error->message;
  EXPECT_EQ(outcome.json, "");
}

void expect_bad_input(const Outcome& outcome, std::string_view path) {
  ASSERT_TRUE(outcome.error) << "succeeded with " << outcome.json;
  EXPECT_EQ(outcome.error->code, "BAD_USER_INPUT") << outcome.error->message;
  ASSERT_EQ(outcome.error->extensions.size(), 1u) << outcome.error->message;
  EXPECT_EQ(outcome.error->extensions[0].first, "field");
  EXPECT_EQ(outcome.error->extensions[0].second, path) << outcome.error->message;
}

}  // namespace lys::test
