#include "compiler/sema/context.h"

#include <algorithm>

namespace lys::sema {

Diagnostic& Context::error(SourceSpan span, std::string message) {
  return diagnostics_.error(span, std::move(message));
}

void Context::duplicate(SourceSpan span, const std::string& what, const std::string& name,
                        SourceSpan previous) {
  Diagnostic& d = error(span, "duplicate " + what + " '" + name + "'");
  add_note(d, previous, "previous definition is here");
}

const AppDecl* Context::find_app(const std::string& name) const {
  auto it = std::find_if(apps.begin(), apps.end(),
                         [&](const AppDecl& app) { return app.ast->name.text == name; });
  return it == apps.end() ? nullptr : &*it;
}

bool Context::can_see(const std::string& app, const std::string& other) const {
  if (app == other) return true;
  const AppDecl* decl = find_app(app);
  return decl && std::find(decl->uses.begin(), decl->uses.end(), other) != decl->uses.end();
}

ir::Entity* Context::find_entity(const std::string& qualified) {
  auto it = entities.find(qualified);
  return it == entities.end() ? nullptr : &schema.entities[it->second.index];
}

const ast::Entity* Context::entity_ast(const std::string& qualified) const {
  auto it = entities.find(qualified);
  return it == entities.end() ? nullptr : it->second.ast;
}

std::vector<std::string> Context::fixture_key_names(const std::string& qualified) const {
  std::vector<std::string> names;
  auto it = fixture_keys.find(qualified);
  if (it == fixture_keys.end()) return names;
  for (const auto& [key, record] : it->second) names.push_back(key);
  return names;
}

std::string qualify(const std::string& app, const std::string& name) {
  return app + "." + name;
}

}  // namespace lys::sema
