// Fixture records: values type-checked against their fields, required fields set,
// references resolved by key and loaded in the same environments, then every
// record ordered so that the records it references load before it.
#include <algorithm>
#include <map>
#include <set>

#include "compiler/diag/suggest.h"
#include "compiler/sema/constants.h"
#include "compiler/sema/passes.h"

namespace lys::sema {

namespace {

// One record, a node of the load-order graph.
struct RecordNode {
  const FixtureBlock* block = nullptr;
  const ast::FixtureRecord* ast = nullptr;
  ir::FixtureRecord record;
  std::vector<std::size_t> dependencies;  // nodes it references
};

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

// Environments a record loads in that `other` does not (empty lists mean all).
std::vector<std::string> missing_environments(const std::vector<std::string>& record,
                                              const std::vector<std::string>& other) {
  if (other.empty()) return {};
  const std::vector<std::string> all = {"dev", "demo", "preprod", "prod"};
  std::vector<std::string> missing;
  for (const std::string& env : record.empty() ? all : record) {
    if (std::find(other.begin(), other.end(), env) == other.end()) missing.push_back(env);
  }
  return missing;
}

class FixtureChecker {
 public:
  explicit FixtureChecker(Context& context) : context_(context) {}

  void run() {
    for (const FixtureBlock& block : context_.fixture_blocks) {
      for (const ast::FixtureRecord& record : block.ast->records) {
        auto& keys = context_.fixture_keys[block.entity];
        auto it = keys.find(record.key.text);
        if (it == keys.end() || it->second.record != &record) continue;  // a duplicate
        node_index_[{block.entity, record.key.text}] = nodes_.size();
        nodes_.push_back(RecordNode{&block, &record, {}, {}});
      }
    }
    for (RecordNode& node : nodes_) check_record(node);
    order();
  }

 private:
  void check_record(RecordNode& node) {
    const ir::Entity& entity = *context_.find_entity(node.block->entity);
    std::map<std::string, std::pair<SourceSpan, ir::Value>> values;
    std::set<std::string> written;  // valid or not: a bad value is not also a missing one
    for (const ast::FixtureValue& value : node.ast->values) {
      const ir::Field* field = entity.find_field(value.field.text);
      if (!field) {
        std::vector<std::string> names;
        for (const ir::Field& f : entity.fields) names.push_back(f.name);
        context_.error(value.field.span, "unknown field '" + value.field.text + "' of '" +
                                             entity.qualified + "'" +
                                             did_you_mean(value.field.text, names));
        continue;
      }
      if (field->implicit != ir::ImplicitField::None &&
          field->implicit != ir::ImplicitField::Enabled) {
        context_.error(
            value.field.span,
            "field '" + field->name + "' cannot be set in a fixture: " +
                (field->implicit == ir::ImplicitField::Id ? "the record's key gives its id"
                                                          : "it is maintained automatically"));
        continue;
      }
      if (auto it = values.find(field->name); it != values.end()) {
        context_.duplicate(value.field.span, "value for field", field->name, it->second.first);
        continue;
      }
      written.insert(field->name);
      ConstantRules rules{node.block->app, false, true};
      auto checked = check_constant(context_, *value.value, field->type, field->nullable, rules);
      if (!checked) continue;
      if (checked->kind == ir::Value::Kind::FixtureRef) reference(node, *value.value, *checked);
      values.emplace(field->name, std::pair{value.field.span, std::move(*checked)});
    }
    node.record.key = node.ast->key.text;
    node.record.span = node.ast->span;
    for (const ir::Field& field : entity.fields) {
      if (auto it = values.find(field.name); it != values.end()) {
        node.record.values.emplace_back(field.name, std::move(it->second.second));
      } else if (!field.nullable && !field.default_value &&
                 field.implicit == ir::ImplicitField::None && !written.count(field.name)) {
        context_.error(node.ast->key.span, "fixture '" + node.ast->key.text +
                                               "' does not set required field '" + field.name +
                                               "'");
      }
    }
  }

  void reference(RecordNode& node, const ast::Expr& expr, const ir::Value& value) {
    auto target = node_index_.find({value.target, value.text});
    if (target == node_index_.end()) return;
    const RecordNode& other = nodes_[target->second];
    std::vector<std::string> missing =
        missing_environments(environments(node), environments(other));
    if (!missing.empty()) {
      Diagnostic& d = context_.error(
          expr.span, "fixture '" + node.ast->key.text + "' references '" + value.text + "' of '" +
                         value.target + "', which is not loaded in " + join(missing));
      add_note(d, other.ast->key.span, "'" + value.text + "' is declared here");
    }
    node.dependencies.push_back(target->second);
  }

  static std::vector<std::string> environments(const RecordNode& node) {
    std::vector<std::string> out;
    for (const ast::Name& env : node.block->ast->environments) out.push_back(env.text);
    return out;
  }

  // Stable topological order: among records whose references are loaded, the
  // earliest declared goes first.
  void order() {
    std::vector<std::size_t> waiting(nodes_.size(), 0);
    std::vector<std::vector<std::size_t>> dependents(nodes_.size());
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
      for (std::size_t dependency : nodes_[i].dependencies) {
        ++waiting[i];
        dependents[dependency].push_back(i);
      }
    }
    std::set<std::size_t> ready;
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
      if (waiting[i] == 0) ready.insert(i);
    }
    std::vector<bool> loaded(nodes_.size(), false);
    while (!ready.empty()) {
      std::size_t next = *ready.begin();
      ready.erase(ready.begin());
      loaded[next] = true;
      append(nodes_[next]);
      for (std::size_t dependent : dependents[next]) {
        if (--waiting[dependent] == 0) ready.insert(dependent);
      }
    }
    auto stuck = std::find(loaded.begin(), loaded.end(), false);
    if (stuck != loaded.end())
      report_cycle(static_cast<std::size_t>(stuck - loaded.begin()), loaded);
  }

  void append(RecordNode& node) {
    std::vector<ir::FixtureSet>& sets = context_.schema.fixtures;
    if (sets.empty() || last_block_ != node.block) {
      ir::FixtureSet set;
      set.entity = node.block->entity;
      set.environments = environments(node);
      set.span = node.block->ast->span;
      sets.push_back(std::move(set));
      last_block_ = node.block;
    }
    sets.back().records.push_back(std::move(node.record));
  }

  // Every record left is waiting on a cycle; walk unloaded dependencies until one repeats.
  void report_cycle(std::size_t start, const std::vector<bool>& loaded) {
    std::vector<std::size_t> path;
    std::size_t current = start;
    while (std::find(path.begin(), path.end(), current) == path.end()) {
      path.push_back(current);
      for (std::size_t dependency : nodes_[current].dependencies) {
        if (!loaded[dependency]) {
          current = dependency;
          break;
        }
      }
    }
    auto first = std::find(path.begin(), path.end(), current);
    std::string cycle;
    for (auto it = first; it != path.end(); ++it) cycle += name(*it) + " -> ";
    cycle += name(current);
    context_.error(
        nodes_[current].ast->key.span,
        "fixtures reference each other in a cycle, so none can be loaded first: " + cycle);
  }

  std::string name(std::size_t node) const {
    return nodes_[node].block->entity + "." + nodes_[node].ast->key.text;
  }

  Context& context_;
  std::vector<RecordNode> nodes_;
  std::map<std::pair<std::string, std::string>, std::size_t> node_index_;
  const FixtureBlock* last_block_ = nullptr;
};

}  // namespace

void check_fixtures(Context& context) {
  FixtureChecker(context).run();
}

}  // namespace lys::sema
