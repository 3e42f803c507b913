#include "planner_fixture.h"

#include <cjson/cJSON.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace lys::query::test {

namespace {

// Five products over three categories and two clients; ratings and prices repeat
// and include NULLs so multi-key ordering has ties to break.
constexpr const char* kSeed = R"sql(
INSERT INTO auth_user (id, email, password_hash, first_name, last_name, created_at, updated_at) VALUES
  ('00000000-0000-4000-8000-0000000000a1', 'bob@example.com', 'x', 'Bob', NULL, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
  ('00000000-0000-4000-8000-0000000000a2', 'alice@example.com', 'x', 'Alice', 'Liddell', '2026-01-02T00:00:00.000Z', '2026-01-02T00:00:00.000Z');
INSERT INTO organization_client (id, name, owner_id) VALUES
  ('00000000-0000-4000-8000-0000000000c1', 'Acme', '00000000-0000-4000-8000-0000000000a1'),
  ('00000000-0000-4000-8000-0000000000c2', 'Globex', NULL);
INSERT INTO catalog_product_category (id, description, enabled) VALUES
  ('ELECTRONICS', 'Electronic devices and accessories.', TRUE),
  ('CLOTHING', 'Apparel and fashion items.', TRUE),
  ('BOOKS', NULL, FALSE);
INSERT INTO catalog_product (id, name, price, status, stock, description, sku, weight_grams, rating,
  released_on, attributes, featured, published_at, category_id, client_id, owner_id, legacy_code,
  created_at, updated_at, version) VALUES
  ('00000000-0000-4000-8000-0000000000b1', 'Laptop', 999.99, 'ACTIVE', 12, 'A fast laptop.',
   '6f1c2b0e-8a53-4c1e-9d3f-2a7b5c9e0d14', 1500, 4.5, '2026-01-15', '{"color":"grey","ports":[1,2]}',
   TRUE, '2026-02-01T09:30:00.000Z', 'ELECTRONICS', '00000000-0000-4000-8000-0000000000c1',
   '00000000-0000-4000-8000-0000000000a1', 'L-1', '2026-03-01T10:00:00.000Z', '2026-03-01T10:00:00.000Z', 3),
  ('00000000-0000-4000-8000-0000000000b2', 'T-shirt', 19.9, 'DRAFT', 0, NULL,
   '0b9e4d1a-3c2f-4e6b-8a7d-5f1c0e2b9a36', NULL, NULL, NULL, NULL,
   FALSE, NULL, 'CLOTHING', '00000000-0000-4000-8000-0000000000c2',
   NULL, NULL, '2026-03-02T10:00:00.000Z', '2026-03-02T10:00:00.000Z', 1),
  ('00000000-0000-4000-8000-0000000000b3', 'Phone', 499, 'ACTIVE', 5, NULL,
   '1b9e4d1a-3c2f-4e6b-8a7d-5f1c0e2b9a36', 200, 4.5, NULL, NULL,
   FALSE, NULL, 'ELECTRONICS', '00000000-0000-4000-8000-0000000000c1',
   NULL, NULL, '2026-03-03T10:00:00.000Z', '2026-03-03T10:00:00.000Z', 1),
  ('00000000-0000-4000-8000-0000000000b4', 'Headphones', 19.9, 'ARCHIVED', 7, NULL,
   '2b9e4d1a-3c2f-4e6b-8a7d-5f1c0e2b9a36', NULL, NULL, NULL, NULL,
   FALSE, NULL, 'ELECTRONICS', '00000000-0000-4000-8000-0000000000c2',
   NULL, NULL, '2026-03-04T10:00:00.000Z', '2026-03-04T10:00:00.000Z', 1),
  ('00000000-0000-4000-8000-0000000000b5', 'Jeans', 49.5, 'ACTIVE', 3, NULL,
   '3b9e4d1a-3c2f-4e6b-8a7d-5f1c0e2b9a36', NULL, 3.0, NULL, NULL,
   FALSE, NULL, 'CLOTHING', '00000000-0000-4000-8000-0000000000c1',
   NULL, NULL, '2026-03-05T10:00:00.000Z', '2026-03-05T10:00:00.000Z', 1);
INSERT INTO catalog_review (id, product_id, author_id, rating, body, created_at) VALUES
  ('00000000-0000-4000-8000-0000000000e1', '00000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-0000000000a1', 5, 'Fast and quiet.', '2026-04-01T00:00:00.000Z'),
  ('00000000-0000-4000-8000-0000000000e2', '00000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-0000000000a2', 3, NULL, '2026-04-02T00:00:00.000Z'),
  ('00000000-0000-4000-8000-0000000000e3', '00000000-0000-4000-8000-0000000000b1', NULL, 4, 'Good.', '2026-04-03T00:00:00.000Z'),
  ('00000000-0000-4000-8000-0000000000e4', '00000000-0000-4000-8000-0000000000b2', '00000000-0000-4000-8000-0000000000a2', 2, 'Shrank.', '2026-04-04T00:00:00.000Z');
)sql";

std::string generated_schema(db::Dialect dialect) {
  std::string path = std::string(LYS_SOURCE_DIR) + "/generated/sql/" +
                     std::string(db::dialect_name(dialect)) + "/schema.sql";
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

std::string uuid(char kind, int n) {
  char text[64];
  std::snprintf(text, sizeof text, "00000000-0000-4000-8000-0000000000%c%d", kind, n);
  return text;
}

std::string gid(const std::string& type, const std::string& raw_id) {
  return encode_global_id(type, raw_id);
}

std::string normalized(const std::string& json) {
  cJSON* parsed = cJSON_Parse(json.c_str());
  if (!parsed) return "<invalid JSON> " + json;
  char* printed = cJSON_PrintUnformatted(parsed);
  std::string text = printed;
  cJSON_free(printed);
  cJSON_Delete(parsed);
  return text;
}

void PlannerTest::SetUp() {
  scratch_ = std::make_unique<dbtest::TestDatabase>(GetParam());
  database_ = scratch_->open();
  db::Database::Lease connection = database_->acquire();
  connection->execute_script(generated_schema(GetParam()));
  connection->execute_script(kSeed);
  planner_ = std::make_shared<const Planner>(model_, GetParam());
}

std::string PlannerTest::query(const FieldSelection& field) {
  std::optional<Statement> statement = planner_->plan_root(field, session_);
  if (!statement) return "null";
  std::string out;
  run(*database_->acquire(), *statement, out);
  return normalized(out);
}

}  // namespace lys::query::test
