#include "lys/query/planner.h"

#include <cstdint>
#include <map>
#include <mutex>
#include <unordered_map>

#include "codec/json_scan.h"
#include "lys/access/permissions.h"
#include "lys/query/global_id.h"
#include "query/compiler.h"
#include "query/placeholder_compaction.h"
#include "query/scalar_text.h"
#include "query/shape_key.h"

namespace lys::query {

namespace {

constexpr std::size_t kMaxNodes = 100;
// Room for a usual plan-cache key, built by many small appends.
constexpr std::size_t kKeyCapacity = 512;

std::string lower_first(std::string name) {
  if (!name.empty() && name[0] >= 'A' && name[0] <= 'Z')
    name[0] = static_cast<char>(name[0] - 'A' + 'a');
  return name;
}

}  // namespace

struct Planner::Impl {
  Impl(const model::Model& served, db::Dialect target, PlanCacheLimits cache_limits)
      : model(served), dialect(target), limits(cache_limits) {}

  const model::Model& model;
  db::Dialect dialect;
  PlanCacheLimits limits;
  std::vector<RootField> roots;
  std::map<std::string, std::size_t, std::less<>> root_by_name;

  mutable std::mutex mutex;
  struct Plan {
    std::string sql;
    std::vector<int> kept;  // the bound values the SQL references
  };
  // Shared with the statements made from them, which hold the SQL text.
  mutable std::unordered_map<std::string, std::shared_ptr<const Plan>> cache;
  mutable std::size_t cached_bytes = 0;
  mutable std::uint64_t hits = 0;
  mutable std::uint64_t misses = 0;

  // The readable entity and raw id a global id names, or nullptr.
  std::pair<const model::Entity*, std::string> resolve(std::string_view global_id) const {
    std::optional<GlobalId> id = decode_global_id(global_id);
    if (!id) return {};
    int index = model.entity_by_graphql_name(id->type);
    if (index < 0) return {};
    const model::Entity& entity = model.entities[static_cast<std::size_t>(index)];
    if (!entity.operations.read || entity.hidden) return {};
    if (entity.fields[0].kind == model::Kind::Uuid &&
        !valid_scalar_text(model::Kind::Uuid, id->raw_id))
      return {};
    return {&entity, std::move(id->raw_id)};
  }

  // Compiles with `write` (binding values, and writing the SQL on a cache miss).
  // The SQL text depends on the session through its shape (permissions), so a plan is
  // cached under `key` and that shape; never under the ids it binds.
  template <typename Write>
  Statement compile(std::string key, const access::Session& session, Write&& write) const {
    key.append("|").append(access::session_shape(session));
    std::shared_ptr<const Plan> plan;
    {
      std::lock_guard lock(mutex);
      auto found = cache.find(key);
      if (found != cache.end()) {
        plan = found->second;
        ++hits;
      } else {
        ++misses;
      }
    }
    StatementWriter writer(SqlDialect::of(dialect), plan == nullptr);
    Compiler compiler(model, session, writer);
    write(compiler);
    std::vector<db::Param> params = writer.take_params();
    if (!plan) {
      CompactedSql compacted = compact_placeholders(writer.take_text(), params.size());
      plan =
          std::make_shared<const Plan>(Plan{std::move(compacted.sql), std::move(compacted.kept)});
      const std::size_t bytes = key.size() + plan->sql.size();
      std::lock_guard lock(mutex);
      if (cache.size() >= limits.max_plans || cached_bytes + bytes > limits.max_bytes) {
        cache.clear();
        cached_bytes = 0;
      }
      if (cache.emplace(std::move(key), plan).second) cached_bytes += bytes;
    }
    std::vector<db::Param> kept = kept_params(std::move(params), plan->kept);
    return Statement{std::shared_ptr<const std::string>(plan, &plan->sql), std::move(kept)};
  }
};

Planner::Planner(const model::Model& model, db::Dialect dialect, PlanCacheLimits limits)
    : impl_(std::make_unique<Impl>(model, dialect, limits)) {
  auto add = [this](std::string name, RootKind kind, int index) {
    impl_->root_by_name.emplace(name, impl_->roots.size());
    impl_->roots.push_back(RootField{std::move(name), kind, index});
  };
  add("node", RootKind::Node, -1);
  add("nodes", RootKind::Nodes, -1);
  for (std::size_t i = 0; i < model.entities.size(); ++i) {
    const model::Entity& entity = model.entities[i];
    if (!entity.operations.read || entity.hidden) continue;
    add(lower_first(entity.graphql_name), RootKind::ById, static_cast<int>(i));
    add(entity.graphql_plural, RootKind::Connection, static_cast<int>(i));
  }
  for (std::size_t i = 0; i < model.operations.size(); ++i) {
    const model::NamedOperation& operation = model.operations[i];
    if (operation.mutation || operation.is_extern || operation.result_entity < 0) continue;
    add(operation.graphql_name, RootKind::NamedQuery, static_cast<int>(i));
  }
}

Planner::~Planner() = default;

const std::vector<RootField>& Planner::root_fields() const {
  return impl_->roots;
}

CacheStats Planner::cache_stats() const {
  std::lock_guard lock(impl_->mutex);
  return {impl_->cache.size(), impl_->cached_bytes, impl_->hits, impl_->misses};
}

std::optional<Statement> Planner::plan_root(const graphql::FieldSelection& field,
                                            const access::Session& session) const {
  auto found = impl_->root_by_name.find(field.name);
  if (found == impl_->root_by_name.end()) {
    throw std::invalid_argument("not a root field of the planner: " + field.name);
  }
  const RootField& root = impl_->roots[found->second];
  std::string key;
  key.reserve(kKeyCapacity);
  key.append(std::to_string(static_cast<int>(root.kind))).append("/");
  switch (root.kind) {
    case RootKind::Node:
    case RootKind::ById: {
      const graphql::Value* id = field.argument("id");
      auto [entity, raw_id] = impl_->resolve(id ? std::string_view(id->text) : std::string_view());
      if (!entity) return std::nullopt;
      if (root.kind == RootKind::ById &&
          entity != &impl_->model.entities[static_cast<std::size_t>(root.index)]) {
        return std::nullopt;  // the id of another type's object
      }
      key.append(entity->graphql_name).append("/");
      append_shape(key, field);
      // Bindings captured by init-capture: Clang before 16 cannot capture them directly.
      return impl_->compile(std::move(key), session,
                            [&, entity = entity, &raw_id = raw_id](Compiler& compiler) {
                              compiler.by_id(*entity, raw_id, fields_for(field.selection, *entity));
                            });
    }
    case RootKind::Nodes: {
      const graphql::Value* ids = field.argument("ids");
      std::vector<std::pair<const model::Entity*, std::string>> resolved;
      if (ids) {
        if (ids->list.size() > kMaxNodes) {
          throw InputError("'ids' holds at most " + std::to_string(kMaxNodes) + " ids");
        }
        for (const graphql::Value& id : ids->list) {
          resolved.push_back(impl_->resolve(id.text));
          key.append(resolved.back().first ? resolved.back().first->graphql_name : "-").append(",");
        }
      }
      append_shape(key, field);
      return impl_->compile(std::move(key), session,
                            [&](Compiler& compiler) { compiler.nodes(resolved, field.selection); });
    }
    case RootKind::Connection: {
      const model::Entity& entity = impl_->model.entities[static_cast<std::size_t>(root.index)];
      append_shape(key, field);
      return impl_->compile(std::move(key), session,
                            [&](Compiler& compiler) { compiler.root_connection(entity, field); });
    }
    case RootKind::NamedQuery: {
      const model::NamedOperation& operation =
          impl_->model.operations[static_cast<std::size_t>(root.index)];
      append_shape(key, field);
      return impl_->compile(std::move(key), session,
                            [&](Compiler& compiler) { compiler.named_query(operation, field); });
    }
  }
  return std::nullopt;
}

Statement Planner::plan_object(int entity_index, std::string_view raw_id,
                               const graphql::SelectionSet& selection,
                               const access::Session& session) const {
  const model::Entity& entity = impl_->model.entities[static_cast<std::size_t>(entity_index)];
  std::string key;
  key.reserve(kKeyCapacity);
  key.append("object/").append(entity.graphql_name).append("/");
  append_shape(key, selection);
  return impl_->compile(std::move(key), session, [&](Compiler& compiler) {
    compiler.by_id(entity, raw_id, fields_for(selection, entity));
  });
}

// PostgreSQL's JSON builders print `{"a" : 1, "b" : 2}`: compacted, responses are the
// same bytes on both dialects, and smaller.
void run(db::Connection& connection, const Statement& statement, std::string& out) {
  connection.read_first_cell(*statement.sql, statement.params,
                             [&out](std::optional<std::string_view> json) {
                               if (json) {
                                 codec::append_compact_json(*json, out);
                               } else {
                                 out += "null";
                               }
                             });
}

}  // namespace lys::query
