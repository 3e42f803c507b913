// Every entity's columns in table order: the implicit id, the declared fields with
// their types, annotations and defaults, then the implicit trailing fields.
#include <map>

#include "compiler/ir/naming.h"
#include "compiler/sema/annotations.h"
#include "compiler/sema/constants.h"
#include "compiler/sema/passes.h"
#include "compiler/sema/resolve_types.h"

namespace lys::sema {

namespace {

const std::vector<AnnotationSpec> kFieldAnnotations = {
    {"search", 0}, {"unique", 0},       {"index", 0}, {"readonly", 0},
    {"hidden", 0}, {"renamed_from", 1}, {"check", 1},
};

ir::Value literal(ir::Value::Kind kind, std::string text = {}) {
  ir::Value value;
  value.kind = kind;
  value.text = std::move(text);
  value.boolean = kind == ir::Value::Kind::Bool;
  return value;
}

ir::Field implicit_field(const std::string& name, ir::ScalarType scalar, ir::ImplicitField implicit,
                         std::optional<ir::Value> default_value, int length = 0) {
  ir::Field field;
  field.name = name;
  field.column = name;
  field.graphql_name = ir::naming::camel_case(name);
  field.type.scalar = scalar;
  field.type.length = length;
  field.implicit = implicit;
  field.default_value = std::move(default_value);
  return field;
}

bool is_implicit_name(const std::string& name, ir::EntityKind kind) {
  return name == "id" || name == "created_at" || name == "updated_at" || name == "version" ||
         (kind == ir::EntityKind::Parametric && name == "enabled");
}

class FieldBuilder {
 public:
  explicit FieldBuilder(Context& context) : context_(context) {}

  void build(ir::Entity& entity, const ast::Entity& decl) {
    const bool parametric = entity.kind == ir::EntityKind::Parametric;
    entity.fields.push_back(
        parametric
            ? implicit_field("id", ir::ScalarType::String, ir::ImplicitField::Id, std::nullopt,
                             ir::kParametricIdLength)
            : implicit_field("id", ir::ScalarType::Uuid, ir::ImplicitField::Id, std::nullopt));
    std::map<std::string, SourceSpan> names;
    for (const ast::EntityMember& member : decl.members) {
      const auto* field = std::get_if<ast::Field>(&member);
      if (!field) continue;
      if (is_implicit_name(field->name.text, entity.kind)) {
        context_.error(field->name.span,
                       "'" + field->name.text + "' is an implicit field of every " +
                           (field->name.text == "enabled" ? "parametric entity" : "entity") +
                           "; remove it");
        continue;
      }
      auto [it, inserted] = names.emplace(field->name.text, field->name.span);
      if (!inserted) {
        context_.duplicate(field->name.span, "field", field->name.text, it->second);
        continue;
      }
      if (auto built = build_field(entity, *field)) entity.fields.push_back(std::move(*built));
    }
    if (parametric) {
      entity.fields.push_back(implicit_field("enabled", ir::ScalarType::Bool,
                                             ir::ImplicitField::Enabled,
                                             literal(ir::Value::Kind::Bool)));
      if (!names.count("description")) {
        ir::Field description = implicit_field("description", ir::ScalarType::Text,
                                               ir::ImplicitField::None, std::nullopt);
        description.nullable = true;
        entity.fields.push_back(std::move(description));
      }
    }
    entity.fields.push_back(implicit_field("created_at", ir::ScalarType::DateTime,
                                           ir::ImplicitField::CreatedAt,
                                           literal(ir::Value::Kind::Now)));
    entity.fields.push_back(implicit_field("updated_at", ir::ScalarType::DateTime,
                                           ir::ImplicitField::UpdatedAt,
                                           literal(ir::Value::Kind::Now)));
    entity.fields.push_back(implicit_field("version", ir::ScalarType::Int,
                                           ir::ImplicitField::Version,
                                           literal(ir::Value::Kind::Int, "1")));
  }

 private:
  std::optional<ir::Field> build_field(const ir::Entity& entity, const ast::Field& decl) {
    auto annotations = check_annotations(context_, decl.attributes, kFieldAnnotations, "a field");
    context_.field_annotations[&decl] = annotations;
    auto resolved = resolve_type(context_, entity.app, decl.type, TypeUse::Field);
    if (!resolved) return std::nullopt;

    ir::Field field;
    field.name = decl.name.text;
    const bool is_reference = resolved->type.kind == ir::Type::Kind::Reference;
    field.column = ir::naming::column_name(field.name, is_reference);
    field.graphql_name = ir::naming::camel_case(field.name);
    field.type = resolved->type;
    field.nullable = resolved->nullable;
    field.on_delete = resolved->on_delete;
    field.search = annotations.count("search") > 0;
    field.readonly = annotations.count("readonly") > 0;
    field.hidden = annotations.count("hidden") > 0;
    field.doc = decl.attributes.doc;
    field.span = decl.name.span;
    if (auto it = annotations.find("renamed_from"); it != annotations.end()) {
      field.renamed_from = name_argument(context_, *it->second);
    }
    const bool textual =
        field.type.kind == ir::Type::Kind::Scalar &&
        (field.type.scalar == ir::ScalarType::String || field.type.scalar == ir::ScalarType::Text);
    if (field.search && !textual) {
      context_.error(
          annotations.at("search")->span,
          "'@search' applies only to string and text fields, not '" + type_name(field.type) + "'");
    }
    if (decl.default_value) {
      ConstantRules rules{entity.app, true, false};
      field.default_value =
          check_constant(context_, *decl.default_value, field.type, field.nullable, rules);
    }
    return field;
  }

  Context& context_;
};

}  // namespace

void build_fields(Context& context) {
  FieldBuilder builder(context);
  for (ir::Entity& entity : context.schema.entities) {
    builder.build(entity, *context.entity_ast(entity.qualified));
  }
}

}  // namespace lys::sema
