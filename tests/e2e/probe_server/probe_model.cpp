// The runtime model of schemas/probe.lys, written by hand until lysc generates models:
// what `lysc build` will emit for it. Keep it in step with the schema, schema.graphql
// and migrations/ (regenerate those two with `lysc sdl` and `lysc migrate diff`).
#include "probe_server/probe_model.h"

namespace probe {

namespace {

lys::model::Field field(std::string name, std::string graphql_name, lys::model::Kind kind) {
  lys::model::Field result;
  result.name = name;
  result.column = std::move(name);
  result.graphql_name = std::move(graphql_name);
  result.kind = kind;
  return result;
}

lys::model::Field implicit(std::string name, std::string graphql_name, lys::model::Kind kind,
                           lys::model::Implicit which, lys::model::DefaultKind default_kind,
                           std::string default_value = {}) {
  lys::model::Field result = field(std::move(name), std::move(graphql_name), kind);
  result.implicit = which;
  result.default_kind = default_kind;
  result.default_value = std::move(default_value);
  result.readonly = true;
  return result;
}

// `allow … to anonymous`.
lys::model::Rule anyone() {
  lys::model::Rule rule;
  rule.principals.push_back({lys::model::PrincipalKind::Anonymous, {}});
  return rule;
}

lys::model::Entity note() {
  using lys::model::DefaultKind;
  using lys::model::Implicit;
  using lys::model::Kind;
  lys::model::Entity entity;
  entity.name = "Note";
  entity.qualified = "probe.Note";
  entity.graphql_name = "Note";
  entity.graphql_plural = "notes";
  entity.table = "probe_note";
  entity.fields.push_back(implicit("id", "id", Kind::Uuid, Implicit::Id, DefaultKind::None));
  lys::model::Field title = field("title", "title", Kind::String);
  title.length = 100;
  entity.fields.push_back(title);
  entity.fields.push_back(
      implicit("created_at", "createdAt", Kind::DateTime, Implicit::CreatedAt, DefaultKind::Now));
  entity.fields.push_back(
      implicit("updated_at", "updatedAt", Kind::DateTime, Implicit::UpdatedAt, DefaultKind::Now));
  entity.fields.push_back(
      implicit("version", "version", Kind::Int, Implicit::Version, DefaultKind::Constant, "1"));
  entity.operations = {.read = true, .create = true, .update = true, .remove = true};
  entity.permissions = {{anyone()}, {anyone()}, {anyone()}, {anyone()}};
  return entity;
}

lys::model::NamedOperation sleep_query() {
  lys::model::NamedOperation operation;
  operation.graphql_name = "sleep";
  operation.is_extern = true;
  lys::model::Parameter ms;
  ms.name = "ms";
  ms.graphql_name = "ms";
  ms.kind = lys::model::Kind::Int;
  operation.parameters.push_back(ms);
  operation.shape = lys::model::ResultShape::Single;
  operation.result_kind = lys::model::Kind::Int;
  operation.rules = {anyone()};
  return operation;
}

lys::model::Model build_model() {
  lys::model::Model model;
  model.sdl = kSdl;
  model.entities.push_back(note());
  model.operations.push_back(sleep_query());
  lys::model::FixtureSet notes;
  notes.entity = 0;
  lys::model::FixtureValue title;
  title.field = 1;
  title.text = "hello";
  notes.records.push_back({"hello", {title}});
  model.fixtures.push_back(notes);
  return model;
}

}  // namespace

const lys::model::Model& model() {
  static const lys::model::Model instance = build_model();
  return instance;
}

}  // namespace probe
