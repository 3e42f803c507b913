// Apps and their `uses`: each app declared once, using apps that exist, without
// cycles; then ordered so that every app comes after the apps it uses.
#include <algorithm>
#include <map>
#include <string>

#include "compiler/diag/suggest.h"
#include "compiler/sema/graph_cycles.h"
#include "compiler/sema/passes.h"

namespace lys::sema {

namespace {

// The `uses` entries of an app that name existing apps, with their spans.
struct UseEdge {
  std::string app;
  SourceSpan span;
};

std::vector<std::string> app_names(const Context& context) {
  std::vector<std::string> names;
  for (const AppDecl& app : context.apps) names.push_back(app.ast->name.text);
  return names;
}

std::vector<UseEdge> resolve_uses(Context& context, const AppDecl& app) {
  std::vector<UseEdge> edges;
  const std::string& self = app.ast->name.text;
  for (const ast::AppMember& member : app.ast->members) {
    const auto* uses = std::get_if<ast::Uses>(&member);
    if (!uses) continue;
    for (const ast::Name& name : uses->apps) {
      if (name.text == self) {
        context.error(name.span, "app '" + self + "' cannot use itself");
      } else if (!context.find_app(name.text)) {
        context.error(name.span, "unknown app '" + name.text + "'" +
                                     did_you_mean(name.text, app_names(context)));
      } else if (auto it = std::find_if(edges.begin(), edges.end(),
                                        [&](const UseEdge& e) { return e.app == name.text; });
                 it != edges.end()) {
        context.duplicate(name.span, "use of app", name.text, it->span);
      } else {
        edges.push_back({name.text, name.span});
      }
    }
  }
  return edges;
}

// Dependency order, stable: among apps whose dependencies are placed, the first
// declared goes first. Apps caught in a cycle follow in declaration order.
std::vector<AppDecl> dependency_order(const std::vector<AppDecl>& declared) {
  std::vector<AppDecl> ordered;
  std::vector<bool> placed(declared.size(), false);
  auto is_placed = [&](const std::string& name) {
    return std::any_of(ordered.begin(), ordered.end(),
                       [&](const AppDecl& app) { return app.ast->name.text == name; });
  };
  while (ordered.size() < declared.size()) {
    std::size_t next = declared.size();
    for (std::size_t i = 0; i < declared.size() && next == declared.size(); ++i) {
      if (!placed[i] && std::all_of(declared[i].uses.begin(), declared[i].uses.end(), is_placed)) {
        next = i;
      }
    }
    if (next == declared.size()) {
      next =
          static_cast<std::size_t>(std::find(placed.begin(), placed.end(), false) - placed.begin());
    }
    placed[next] = true;
    ordered.push_back(declared[next]);
  }
  return ordered;
}

void report_uses_cycles(Context& context) {
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < context.apps.size(); ++i) index[context.apps[i].ast->name.text] = i;
  std::vector<GraphEdge> edges;
  for (std::size_t i = 0; i < context.apps.size(); ++i) {
    for (const UseEdge& use : resolve_uses(context, context.apps[i])) {
      context.apps[i].uses.push_back(use.app);
      edges.push_back(GraphEdge{i, index.at(use.app), use.span});
    }
  }
  for_each_cycle(context.apps.size(), edges, [&](const std::vector<const GraphEdge*>& cycle) {
    std::string path;
    for (const GraphEdge* edge : cycle) path += context.apps[edge->from].ast->name.text + " -> ";
    path += context.apps[cycle.front()->from].ast->name.text;
    context.error(cycle.back()->span, "apps use each other in a cycle: " + path);
  });
}

}  // namespace

void declare_apps(Context& context, const std::vector<ast::File>& files) {
  std::map<std::string, SourceSpan> seen;  // by name
  for (const ast::File& file : files) {
    for (const ast::App& app : file.apps) {
      auto [it, inserted] = seen.emplace(app.name.text, app.name.span);
      if (!inserted) {
        context.duplicate(app.name.span, "app", app.name.text, it->second);
        continue;
      }
      context.apps.push_back(AppDecl{&app, {}});
    }
  }

  report_uses_cycles(context);

  context.apps = dependency_order(context.apps);
  for (const AppDecl& app : context.apps) {
    context.schema.apps.push_back(
        ir::App{app.ast->name.text, app.uses, app.ast->attributes.doc, app.ast->span});
  }
}

}  // namespace lys::sema
