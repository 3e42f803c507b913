// Enums and entities: one name per app, their IR skeletons (names, table, GraphQL
// names) and the entity annotations, including the built-in roles.
#include <map>

#include "compiler/ir/naming.h"
#include "compiler/sema/annotations.h"
#include "compiler/sema/passes.h"

namespace lys::sema {

namespace {

struct RoleAnnotation {
  std::string_view name;
  ir::EntityRole role;
  bool parametric_only;
};

constexpr RoleAnnotation kRoles[] = {
    {"user", ir::EntityRole::User, false},
    {"role", ir::EntityRole::Role, true},
    {"user_role", ir::EntityRole::UserRole, false},
    {"organization", ir::EntityRole::Organization, false},
    {"org_role", ir::EntityRole::OrgRole, true},
    {"membership", ir::EntityRole::Membership, false},
};

const std::vector<AnnotationSpec> kEntityAnnotations = {
    {"user", 0},       {"role", 0},   {"user_role", 0},    {"organization", 0}, {"org_role", 0},
    {"membership", 0}, {"hidden", 0}, {"renamed_from", 1}, {"plural", 1},
};

class TypeDeclarer {
 public:
  explicit TypeDeclarer(Context& context) : context_(context) {}

  void declare(const AppDecl& app) {
    check_annotations(context_, app.ast->attributes, {}, "an app");
    std::map<std::string, SourceSpan> names;  // enums and entities share one namespace
    const std::string& app_name = app.ast->name.text;
    for (const ast::AppMember& member : app.ast->members) {
      if (const auto* decl = std::get_if<ast::Enum>(&member)) {
        if (claim(names, decl->name, "enum")) declare_enum(app_name, *decl);
      } else if (const auto* entity = std::get_if<ast::Entity>(&member)) {
        if (claim(names, entity->name, "entity")) declare_entity(app_name, *entity);
      }
    }
  }

 private:
  bool claim(std::map<std::string, SourceSpan>& names, const ast::Name& name,
             const std::string& what) {
    auto [it, inserted] = names.emplace(name.text, name.span);
    if (!inserted) context_.duplicate(name.span, what, name.text, it->second);
    return inserted;
  }

  void declare_enum(const std::string& app, const ast::Enum& decl) {
    check_annotations(context_, decl.attributes, {}, "an enum");
    ir::Enum out;
    out.app = app;
    out.name = decl.name.text;
    out.qualified = qualify(app, decl.name.text);
    out.graphql_name = decl.name.text;
    out.doc = decl.attributes.doc;
    out.span = decl.name.span;
    std::map<std::string, SourceSpan> values;
    for (const ast::EnumValue& value : decl.values) {
      check_annotations(context_, value.attributes, {}, "an enum value");
      if (claim(values, value.name, "enum value")) {
        out.values.push_back(ir::EnumValue{value.name.text, value.attributes.doc});
      }
    }
    if (decl.values.empty())
      context_.error(decl.name.span, "enum '" + decl.name.text + "' has no values");
    context_.enums[out.qualified] = EnumDecl{&decl, context_.schema.enums.size()};
    context_.schema.enums.push_back(std::move(out));
  }

  void declare_entity(const std::string& app, const ast::Entity& decl) {
    ir::Entity out;
    out.app = app;
    out.name = decl.name.text;
    out.qualified = qualify(app, decl.name.text);
    out.table = ir::naming::table_name(app, decl.name.text);
    out.graphql_name = decl.name.text;
    out.graphql_plural = ir::naming::graphql_plural(decl.name.text);
    out.kind = decl.kind == ast::EntityKind::Parametric ? ir::EntityKind::Parametric
                                                        : ir::EntityKind::Entity;
    out.doc = decl.attributes.doc;
    out.span = decl.name.span;

    auto annotations =
        check_annotations(context_, decl.attributes, kEntityAnnotations, "an entity");
    out.hidden = annotations.count("hidden") > 0;
    if (auto it = annotations.find("renamed_from"); it != annotations.end()) {
      out.renamed_from = name_argument(context_, *it->second);
    }
    if (auto it = annotations.find("plural"); it != annotations.end()) {
      if (auto plural = name_argument(context_, *it->second)) out.graphql_plural = *plural;
    }
    out.role = entity_role(decl, out, annotations);

    context_.entities[out.qualified] = EntityDecl{&decl, context_.schema.entities.size()};
    context_.schema.entities.push_back(std::move(out));
  }

  ir::EntityRole entity_role(const ast::Entity& decl, const ir::Entity& entity,
                             const std::map<std::string, const ast::Annotation*>& annotations) {
    ir::EntityRole chosen = ir::EntityRole::None;
    const ast::Annotation* chosen_annotation = nullptr;
    for (const RoleAnnotation& role : kRoles) {
      auto it = annotations.find(std::string(role.name));
      if (it == annotations.end()) continue;
      const ast::Annotation& annotation = *it->second;
      const std::string spelled = "@" + std::string(role.name);
      if (chosen_annotation) {
        Diagnostic& d =
            context_.error(annotation.span, "entity '" + entity.name + "' cannot play two roles");
        add_note(d, chosen_annotation->span, "its role is given here");
        continue;
      }
      if (role.parametric_only && decl.kind != ast::EntityKind::Parametric) {
        context_.error(annotation.span, "'" + spelled + "' applies only to parametric entities");
        continue;
      }
      if (auto previous = role_holders_.find(role.role); previous != role_holders_.end()) {
        Diagnostic& d =
            context_.error(annotation.span, "only one entity can be marked '" + spelled + "'; '" +
                                                previous->second.first + "' already is");
        add_note(d, previous->second.second, "previous definition is here");
        continue;
      }
      role_holders_.emplace(role.role, std::pair{entity.qualified, annotation.span});
      chosen = role.role;
      chosen_annotation = &annotation;
    }
    return chosen;
  }

  Context& context_;
  std::map<ir::EntityRole, std::pair<std::string, SourceSpan>> role_holders_;
};

}  // namespace

void declare_types(Context& context) {
  TypeDeclarer declarer(context);
  for (const AppDecl& app : context.apps) declarer.declare(app);
}

}  // namespace lys::sema
