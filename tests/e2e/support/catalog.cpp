#include "support/catalog.h"

#include <stdexcept>

#include "lys/db/ids.h"
#include "lys/query/global_id.h"
#include "support/tokens.h"

namespace lys::e2e {

namespace {

// Every server the tests start seals ids with kTestSecretKey: ids this process encodes
// or decodes with the same secret are genuine there. Installed before main and, for
// ids computed during static initialisation, on first use.
void use_the_servers_id_key() {
  static const bool installed = (query::set_id_secret(kTestSecretKey), true);
  static_cast<void>(installed);
}

struct ServersIdKey {
  ServersIdKey() { use_the_servers_id_key(); }
} const kServersIdKey;

}  // namespace

TestDatabase fresh_database(Backend backend) {
  return backend == Backend::Sqlite ? TestDatabase::sqlite() : TestDatabase::postgres();
}

void PrintTo(Backend backend, std::ostream* out) {
  *out << (backend == Backend::Sqlite ? "sqlite" : "postgres");
}

std::string backend_name(const ::testing::TestParamInfo<Backend>& info) {
  return ::testing::PrintToString(info.param);
}

ServerBinary catalog_binary() {
  std::optional<ServerBinary> binary = catalog_server();
  if (!binary) throw std::runtime_error("this build has no catalog-server");
  return *binary;
}

const std::string& alice_id() {
  static const std::string id = db::uuid_v5_url("auth.User/alice");
  return id;
}

const std::string& administrator_token() {
  static const std::string token =
      access_token({.user_id = alice_id(), .roles = {"ADMIN"}, .lifetime_seconds = 24 * 3600});
  return token;
}

Catalog::Catalog(Backend backend, const Environment& extra)
    : database_(fresh_database(backend)), server_(catalog_binary(), database_, extra) {}

Json Catalog::post(const std::string& query, const std::string& variables_json) {
  HttpResponse response =
      server_.post_graphql_with_token(administrator_token(), query, variables_json);
  Json json = parse_json(response.body);
  if (!json)
    throw std::runtime_error("not JSON (" + std::to_string(response.status) +
                             "): " + response.body);
  return json;
}

std::string Catalog::data(const std::string& query, const std::string& variables_json) {
  Json response = post(query, variables_json);
  if (at(response.get(), "errors") != nullptr) {
    throw std::runtime_error("errors for " + query + ": " + print(response.get()));
  }
  return print(at(response.get(), "data"));
}

std::string Catalog::snapshot() {
  SqlProbe probe(database_.url());
  std::string text;
  for (const char* table :
       {"catalog_product", "catalog_product_category", "catalog_review", "organization_client"}) {
    text += std::string(table) + ":\n" +
            probe.dump(std::string("SELECT * FROM ") + table + " ORDER BY id");
  }
  return text;
}

std::map<Backend, std::unique_ptr<Catalog>>& SharedCatalogTest::shared() {
  static std::map<Backend, std::unique_ptr<Catalog>> catalogs;
  return catalogs;
}

Catalog& SharedCatalogTest::catalog() {
  std::unique_ptr<Catalog>& slot = shared()[GetParam()];
  if (!slot) {
    slot = std::make_unique<Catalog>(GetParam());
    seed(*slot);
  }
  return *slot;
}

void SampleCatalogTest::seed(Catalog& catalog) {
  seed_sample_data(catalog);
}

std::string fixture_global_id(const std::string& type, const std::string& qualified_entity,
                              const std::string& key) {
  use_the_servers_id_key();
  return query::encode_global_id(type, db::uuid_v5_url(qualified_entity + "/" + key));
}

std::string product_id(const std::string& key) {
  return fixture_global_id("Product", "catalog.Product", key);
}

std::string category_id(const std::string& code) {
  use_the_servers_id_key();
  return query::encode_global_id("ProductCategory", code);
}

std::string client_id(const std::string& key) {
  return fixture_global_id("Client", "organization.Client", key);
}

std::vector<std::string> create_products(Catalog& catalog,
                                         const std::vector<NewProduct>& products) {
  std::string mutation = "mutation {";
  for (std::size_t i = 0; i < products.size(); ++i) {
    const NewProduct& product = products[i];
    mutation +=
        " p" + std::to_string(i) + ": createProduct(input: {name: " + json_string(product.name) +
        ", price: \"" + product.price + "\", stock: " + std::to_string(product.stock) +
        ", status: " + product.status + ", sku: \"" + db::random_uuid() + "\", category: \"" +
        category_id(product.category) + "\", client: \"" + client_id(product.client) + "\"" +
        (product.extra.empty() ? "" : ", " + product.extra) + "}) { product { id } }";
  }
  Json response = parse_json(catalog.data(mutation + " }"));
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < products.size(); ++i) {
    ids.push_back(text_at(response.get(), "p" + std::to_string(i) + ".product.id"));
  }
  return ids;
}

void seed_sample_data(Catalog& catalog) {
  std::vector<std::string> ids = create_products(
      catalog,
      {
          {"Cable", "5.00", 1, "ACTIVE", "ELECTRONICS", "acme",
           R"(description: "USB-C", publishedAt: "2024-01-10T08:00:00Z")"},
          {"Socks", "5.00", 0, "DRAFT", "CLOTHING", "globex", ""},
          {"Charger", "5.00", 1, "DRAFT", "ELECTRONICS", "globex", R"(description: "65 W")"},
          {"Scarf", "5.00", 0, "ACTIVE", "CLOTHING", "acme",
           R"(publishedAt: "2024-03-01T00:00:00Z")"},
          {"Mouse", "7.50", 2, "ACTIVE", "ELECTRONICS", "acme",
           R"(publishedAt: "2024-02-15T12:30:00Z")"},
          {"Gloves", "7.50", 2, "DRAFT", "CLOTHING", "globex", ""},
          {"Keyboard", "7.50", 1, "ARCHIVED", "ELECTRONICS", "acme",
           R"(publishedAt: "2023-12-31T23:59:59Z")"},
          {"Jacket", "12.00", 3, "ACTIVE", "CLOTHING", "globex", ""},
          {"Monitor", "12.00", 3, "DRAFT", "ELECTRONICS", "acme", ""},
          {"Camera", "12", 3, "ACTIVE", "ELECTRONICS", "globex",
           R"(description: "Mirrorless", weightGrams: "5000000000", rating: 4.5, )"
           R"(releasedOn: "2024-05-01", attributes: {lens: "35mm", iso: [100, 200]}, )"
           R"(featured: true, publishedAt: "2024-05-01T14:00:00+02:00")"},
      });
  const std::string& cable = ids[0];
  const std::string& camera = ids[9];
  catalog.data(
      "mutation {"
      " a: createReview(input: {product: \"" +
      camera +
      "\", rating: 4, body: \"Sharp\"}) { review { id } }"
      " b: createReview(input: {product: \"" +
      camera +
      "\", rating: 2, body: \"Heavy\"}) { review { id } }"
      " c: createReview(input: {product: \"" +
      cable + "\", rating: 5}) { review { id } } }");
}

}  // namespace lys::e2e
