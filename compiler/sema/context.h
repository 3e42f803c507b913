// The state semantic analysis shares between its passes: the diagnostics engine,
// the IR being built, and the symbol tables that map names back to declarations.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "compiler/ast/ast.h"
#include "compiler/diag/diagnostics.h"
#include "compiler/ir/ir.h"

namespace lys::sema {

struct AppDecl {
  const ast::App* ast = nullptr;  // the first block declaring the app
  std::vector<std::string> uses;  // apps it uses that exist, in declaration order
};

struct EntityDecl {
  const ast::Entity* ast = nullptr;
  std::size_t index = 0;  // into Schema::entities
};

struct EnumDecl {
  const ast::Enum* ast = nullptr;
  std::size_t index = 0;  // into Schema::enums
};

// A fixture record, known by key before any value is checked, so that references
// and role principals can name it.
struct FixtureKey {
  const ast::FixtureRecord* record = nullptr;
  std::string app;                        // the app whose `fixtures` block declares it
  std::vector<std::string> environments;  // empty: every environment
};

// A `fixtures` block whose entity resolved.
struct FixtureBlock {
  const ast::Fixtures* ast = nullptr;
  std::string app;     // where the block is written
  std::string entity;  // qualified
};

class Context {
 public:
  explicit Context(DiagnosticEngine& diagnostics) : diagnostics_(diagnostics) {}

  Diagnostic& error(SourceSpan span, std::string message);
  // "duplicate <what> 'name'" with a note at the previous definition.
  void duplicate(SourceSpan span, const std::string& what, const std::string& name,
                 SourceSpan previous);
  bool has_errors() const { return diagnostics_.has_errors(); }

  ir::Schema schema;
  std::vector<AppDecl> apps;                   // dependency order once apps are ordered
  std::map<std::string, EntityDecl> entities;  // by qualified name
  std::map<std::string, EnumDecl> enums;       // by qualified name
  // The valid annotations of each declared field, read by several passes.
  std::map<const ast::Field*, std::map<std::string, const ast::Annotation*>> field_annotations;
  std::vector<FixtureBlock> fixture_blocks;  // app order, then declaration order
  // Qualified entity -> fixture key -> record.
  std::map<std::string, std::map<std::string, FixtureKey>> fixture_keys;

  const AppDecl* find_app(const std::string& name) const;
  // True when code in `app` may name declarations of `other` (itself or a used app).
  bool can_see(const std::string& app, const std::string& other) const;
  ir::Entity* find_entity(const std::string& qualified);
  const ast::Entity* entity_ast(const std::string& qualified) const;
  // Fixture keys of an entity, in key order (for suggestions).
  std::vector<std::string> fixture_key_names(const std::string& qualified) const;

 private:
  DiagnosticEngine& diagnostics_;
};

// "a.B" from an app and a name.
std::string qualify(const std::string& app, const std::string& name);

}  // namespace lys::sema
