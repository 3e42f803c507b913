// The example implementation of catalog's extern mutation `importCatalog(url)`.
// The example server has nowhere to fetch a feed from, so it imports a local one: a
// `file:` URL (or a plain path) naming a JSON array of products such as
//
//   [{"name": "Desk", "price": "149.00", "category": "FURNITURE",
//     "client": "<organization.Client id>", "status": "ACTIVE", "stock": 3}]
//
// and inserts them all or none with the generated ProductRepository::insert_many.
// `sku` is made up when absent; `status` and `stock` take the schema's defaults.
#include <cjson/cJSON.h>

#include <cctype>
#include <fstream>
#include <memory>
#include <sstream>

#include "catalog/catalog.h"
#include "externs.h"
#include "lys/db/ids.h"

namespace catalog {

namespace {

lys::graphql::Error url_error(std::string message, std::string code) {
  lys::graphql::Error error;
  error.message = std::move(message);
  error.code = std::move(code);
  error.extensions = {{"field", "url"}};
  return error;
}

// Every problem of the feed is in the `url` argument's file.
lys::graphql::Error bad_input(std::string message) {
  return url_error(std::move(message), "BAD_USER_INPUT");
}

// `scheme:` at the start of a URL, lower case, or "" for a plain path.
std::string scheme_of(const std::string& url) {
  std::size_t colon = url.find(':');
  if (colon == std::string::npos || colon == 0) return "";
  for (std::size_t i = 0; i < colon; ++i) {
    char c = url[i];
    bool allowed = std::isalpha(static_cast<unsigned char>(c)) ||
                   (i > 0 && (std::isdigit(static_cast<unsigned char>(c)) || c == '+' || c == '-' ||
                              c == '.'));
    if (!allowed) return "";
  }
  std::string scheme = url.substr(0, colon);
  for (char& c : scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return scheme;
}

std::string local_path(const std::string& url) {
  std::string scheme = scheme_of(url);
  if (scheme.empty()) return url;
  if (scheme != "file") {
    throw bad_input("cannot import from '" + scheme + ":' URLs; only file: URLs are supported");
  }
  std::string path = url.substr(5);
  // file:///srv/feed.json and file:/srv/feed.json name the same file.
  if (path.starts_with("//")) path = path.substr(2);
  return path;
}

std::string read_file(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw bad_input("cannot read '" + path + "'");
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

using Json = std::unique_ptr<cJSON, decltype(&cJSON_Delete)>;

// A member as text: strings as they are, numbers as JSON writes them.
std::optional<std::string> text_member(const cJSON* product, const char* name) {
  const cJSON* member = cJSON_GetObjectItemCaseSensitive(product, name);
  if (cJSON_IsString(member)) return std::string(member->valuestring);
  if (cJSON_IsNumber(member)) {
    char* text = cJSON_PrintUnformatted(member);
    std::string value(text);
    cJSON_free(text);
    return value;
  }
  return std::nullopt;
}

std::string required_member(const cJSON* product, const char* name, int index) {
  std::optional<std::string> value = text_member(product, name);
  if (!value) {
    throw bad_input("product " + std::to_string(index) + " has no '" + name + "'");
  }
  return *value;
}

Product product_from_json(const cJSON* item, int index) {
  if (!cJSON_IsObject(item)) {
    throw bad_input("product " + std::to_string(index) + " is not an object");
  }
  Product product;
  product.name = required_member(item, "name", index);
  product.price = required_member(item, "price", index);
  product.category_id = required_member(item, "category", index);
  product.client_id = required_member(item, "client", index);
  product.sku = text_member(item, "sku").value_or(lys::db::random_uuid());
  product.description = text_member(item, "description");
  if (std::optional<std::string> status = text_member(item, "status")) {
    if (!from_string(*status, product.status)) {
      throw bad_input("product " + std::to_string(index) + " has an unknown status '" + *status +
                      "'");
    }
  }
  if (std::optional<std::string> stock = text_member(item, "stock")) {
    product.stock = std::stoi(*stock);
  }
  return product;
}

std::vector<Product> products_from_json(const std::string& text) {
  Json document(cJSON_Parse(text.c_str()), cJSON_Delete);
  if (!document || !cJSON_IsArray(document.get())) {
    throw bad_input("the feed is not a JSON array of products");
  }
  std::vector<Product> products;
  int index = 0;
  const cJSON* item = nullptr;
  cJSON_ArrayForEach(item, document.get()) products.push_back(product_from_json(item, index++));
  return products;
}

// What the API reports when the database refuses the batch.
lys::graphql::Error refused(const lys::db::Error& error) {
  bool conflict = error.kind() == lys::db::ErrorKind::UniqueViolation;
  return url_error(std::string("the feed was not imported: ") + error.what(),
                   conflict ? "CONFLICT" : "BAD_USER_INPUT");
}

}  // namespace

std::int32_t import_catalog(lys::api::ExternCall& call, const std::string& url) {
  std::vector<Product> products = products_from_json(read_file(local_path(url)));
  lys::db::Database::Lease connection = call.database.acquire();
  try {
    ProductRepository repository(*connection);
    return static_cast<std::int32_t>(repository.insert_many(products).size());
  } catch (const lys::db::Error& error) {
    if (error.kind() == lys::db::ErrorKind::Connection ||
        error.kind() == lys::db::ErrorKind::Timeout) {
      throw;
    }
    throw refused(error);
  }
}

}  // namespace catalog
