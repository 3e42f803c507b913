// Fixture blocks and their keys: the entity they seed, their environments, and one
// key per record, unique per entity across every file.
#include <algorithm>
#include <map>

#include "compiler/diag/suggest.h"
#include "compiler/sema/annotations.h"
#include "compiler/sema/passes.h"
#include "compiler/sema/resolve_types.h"

namespace lys::sema {

namespace {

const std::vector<std::string> kEnvironments = {"dev", "demo", "preprod", "prod"};

void check_environments(Context& context, const ast::Fixtures& block) {
  std::map<std::string, SourceSpan> seen;
  for (const ast::Name& env : block.environments) {
    if (std::find(kEnvironments.begin(), kEnvironments.end(), env.text) == kEnvironments.end()) {
      context.error(env.span, "unknown environment '" + env.text +
                                  "'; environments are dev, demo, preprod and prod" +
                                  did_you_mean(env.text, kEnvironments));
      continue;
    }
    auto [it, inserted] = seen.emplace(env.text, env.span);
    if (!inserted) context.duplicate(env.span, "environment", env.text, it->second);
  }
}

void declare_keys(Context& context, const FixtureBlock& block) {
  const ir::Entity& entity = *context.find_entity(block.entity);
  std::vector<std::string> environments;
  for (const ast::Name& env : block.ast->environments) environments.push_back(env.text);
  auto& keys = context.fixture_keys[block.entity];
  for (const ast::FixtureRecord& record : block.ast->records) {
    const std::string& key = record.key.text;
    if (auto it = keys.find(key); it != keys.end()) {
      context.duplicate(record.key.span, "fixture", block.entity + "." + key,
                        it->second.record->key.span);
      continue;
    }
    if (entity.kind == ir::EntityKind::Parametric &&
        key.size() > static_cast<std::size_t>(ir::kParametricIdLength)) {
      context.error(record.key.span, "fixture key '" + key +
                                         "' is the id of a parametric entity and "
                                         "must be at most " +
                                         std::to_string(ir::kParametricIdLength) + " characters");
    }
    keys.emplace(key, FixtureKey{&record, block.app, environments});
  }
}

}  // namespace

void declare_fixture_keys(Context& context) {
  for (const AppDecl& app : context.apps) {
    const std::string& app_name = app.ast->name.text;
    for (const ast::AppMember& member : app.ast->members) {
      const auto* block = std::get_if<ast::Fixtures>(&member);
      if (!block) continue;
      check_annotations(context, block->attributes, {}, "fixtures");
      check_environments(context, *block);
      auto entity = resolve_entity(context, app_name, block->entity);
      if (!entity) continue;
      context.fixture_blocks.push_back(FixtureBlock{block, app_name, *entity});
      declare_keys(context, context.fixture_blocks.back());
    }
  }
}

}  // namespace lys::sema
