#include "api/input_row.h"

#include <fmt/format.h>

#include <optional>

#include "api/input_value.h"
#include "api/mutation_error.h"
#include "lys/auth/password.h"
#include "lys/db/ids.h"

namespace lys::api {

namespace {

using graphql::Value;

const Value& input_object(const Value& input) {
  if (input.kind != Value::Kind::Object) throw_bad_input("input", "'input' must be an object");
  return input;
}

std::string input_path(std::string_view graphql_name) {
  return fmt::format("input.{}", graphql_name);
}

// The field an input member names, which must be settable.
const model::Field& settable_field(const model::Entity& entity, std::string_view graphql_name) {
  int index = entity.field_by_graphql_name(graphql_name);
  std::string path = input_path(graphql_name);
  if (index < 0) {
    throw_bad_input(path,
                    fmt::format("'{}' is not a field of {}", graphql_name, entity.graphql_name));
  }
  const model::Field& field = entity.fields[static_cast<std::size_t>(index)];
  if (!is_settable(field)) throw_bad_input(path, fmt::format("'{}' cannot be set", graphql_name));
  return field;
}

const Value* given(const Value& input, const model::Field& field) {
  return input.field(field.graphql_name);
}

// A value the session supplies for an omitted field, if its default says so.
std::optional<std::string> session_default(const model::Field& field,
                                           const access::Session& session) {
  switch (field.default_kind) {
    case model::DefaultKind::CurrentUser:
      return session.user_id;
    case model::DefaultKind::CurrentOrg:
      return session.organization_id;
    default:
      return std::nullopt;
  }
}

bool has_database_default(const model::Field& field) {
  return field.default_kind == model::DefaultKind::Constant ||
         field.default_kind == model::DefaultKind::Now;
}

std::string create_key(const model::Model& model, const model::Entity& entity, const Value& input) {
  if (!entity.parametric) return db::random_uuid();
  // The business code is the key; its column's rules (string(64)) apply under its API name.
  model::Field code = entity.fields.front();
  code.graphql_name = "code";
  const Value* value = input.field("code");
  if (value == nullptr) throw_bad_input("input.code", "'code' is required");
  return std::get<std::string>(coerce_input_value(model, code, *value, "input.code"));
}

// Rejects members that are neither settable fields nor one of `allowed`.
void check_members(const model::Entity& entity, const Value& input,
                   std::initializer_list<std::string_view> allowed) {
  for (const auto& [name, value] : input.object) {
    bool is_allowed = false;
    for (std::string_view extra : allowed) is_allowed = is_allowed || name == extra;
    if (!is_allowed) settable_field(entity, name);
  }
}

// The @user entity's hidden `password_hash`, which create fills from `password`;
// null for other entities.
const model::Field* password_hash_field(const model::Model& model, int entity_index) {
  if (entity_index != model.access.user) return nullptr;
  for (const model::Field& field : model.entities[static_cast<std::size_t>(entity_index)].fields) {
    if (field.column == "password_hash" && field.hidden) return &field;
  }
  return nullptr;
}

// The stored hash of the `password` member, which must be strong enough.
std::string hashed_password(const Value& input) {
  const Value* password = input.field("password");
  if (password == nullptr || password->kind != Value::Kind::String) {
    throw_bad_input("input.password", "'password' is required");
  }
  const Value* email = input.field("email");
  std::string weakness = auth::password_weakness(
      password->text, email != nullptr && email->kind == Value::Kind::String ? email->text : "");
  if (!weakness.empty()) throw_bad_input("input.password", weakness);
  return auth::hash_password(password->text);
}

}  // namespace

bool is_settable(const model::Field& field) {
  const bool implicit_settable =
      field.implicit == model::Implicit::None || field.implicit == model::Implicit::Enabled;
  return implicit_settable && !field.readonly && !field.hidden;
}

InputRow create_row(const model::Model& model, int entity_index, const Value& input,
                    const access::Session& session) {
  const model::Entity& entity = model.entities[static_cast<std::size_t>(entity_index)];
  input_object(input);
  const model::Field* password_hash = password_hash_field(model, entity_index);
  check_members(entity, input, {entity.parametric ? "code" : "", password_hash ? "password" : ""});
  InputRow row;
  row.push_back({entity.fields.front().column, create_key(model, entity, input)});
  for (const model::Field& field : entity.fields) {
    if (&field == password_hash) row.push_back({field.column, hashed_password(input)});
    if (!is_settable(field)) continue;
    std::string path = input_path(field.graphql_name);
    if (const Value* value = given(input, field)) {
      row.push_back({field.column, coerce_input_value(model, field, *value, path)});
    } else if (std::optional<std::string> id = session_default(field, session)) {
      row.push_back({field.column, std::move(*id)});
    } else if (!field.nullable && !has_database_default(field)) {
      // Also a current_user / current_org default without a signed-in user or organization.
      throw_bad_input(path, fmt::format("'{}' is required", field.graphql_name));
    }
    // Otherwise the database applies the default (or NULL).
  }
  return row;
}

UpdateRow update_row(const model::Model& model, int entity_index, const Value& input) {
  const model::Entity& entity = model.entities[static_cast<std::size_t>(entity_index)];
  input_object(input);
  check_members(entity, input, {"id", "version"});
  UpdateRow update;
  update.id = target_key(model, entity_index, input);
  const Value* version = input.field("version");
  if (version == nullptr || version->kind != Value::Kind::Int) {
    throw_bad_input("input.version", "'version' must be the version read");
  }
  update.version = version->integer;
  for (const model::Field& field : entity.fields) {
    const Value* value = given(input, field);
    if (value == nullptr || !is_settable(field)) continue;
    update.changes.push_back(
        {field.column, coerce_input_value(model, field, *value, input_path(field.graphql_name))});
  }
  return update;
}

std::string target_key(const model::Model& model, int entity, const Value& input) {
  const Value* id = input_object(input).field("id");
  if (id == nullptr) throw_bad_input("input.id", "'id' is required");
  return decode_entity_id(model, entity, *id, "input.id");
}

}  // namespace lys::api
