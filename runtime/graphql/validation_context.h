// State shared by the validation rules: the schema and document, the errors found,
// and what the type-directed walk records for the rules that need the whole document
// (variable usages and fragment spreads, per operation and per fragment).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "graphql/validation.h"

namespace lys::graphql {

inline constexpr const char* kValidationFailed = "GRAPHQL_VALIDATION_FAILED";

// A variable used where a value of `expected` type goes.
struct VariableUsage {
  std::string name;
  const ast::TypeRef* expected = nullptr;  // null when the position's type is unknown
  bool position_has_default = false;
  Location location;
};

// What one operation or fragment references directly.
struct DefinitionReferences {
  std::vector<VariableUsage> variables;
  std::vector<const ast::Selection*> spreads;
};

class ValidationContext {
 public:
  ValidationContext(const Schema& schema, const ast::Document& document, ValidationOptions options);

  const Schema& schema() const { return schema_; }
  const ast::Document& document() const { return document_; }
  const ValidationOptions& options() const { return options_; }
  const ast::Fragment* fragment(const std::string& name) const;

  void report(std::string message, std::vector<Location> locations);
  std::vector<Error> take_errors() { return std::move(errors_); }

  // " Did you mean …?" when suggestions are on, else "".
  std::string suggest(const std::string& input, const std::vector<std::string>& options) const;

  // Filled by the selection walk: index = operation index; key = fragment name.
  std::vector<DefinitionReferences> operation_references;
  std::map<std::string, DefinitionReferences, std::less<>> fragment_references;

 private:
  const Schema& schema_;
  const ast::Document& document_;
  ValidationOptions options_;
  std::map<std::string, const ast::Fragment*, std::less<>> fragments_;
  std::vector<Error> errors_;
};

// The rules, each family in its own file.
void validate_selections(ValidationContext& context);     // validate_selections.cpp
void validate_definitions(ValidationContext& context);    // validate_definitions.cpp
void validate_field_merging(ValidationContext& context);  // overlapping_fields.cpp

// Values of correct type (§5.6.1), input object rules (§5.6.2-4): checks a literal
// against an input type, recording variable usages. Message prefix for errors.
class ValueChecker {
 public:
  ValueChecker(ValidationContext& context, std::vector<VariableUsage>* usages)
      : context_(context), usages_(usages) {}
  void check(const ast::ValueNode& value, const ast::TypeRef& type, bool position_has_default);

 private:
  bool check_leaf(const ast::ValueNode& value, const NamedType& type);
  void check_object(const ast::ValueNode& value, const NamedType& type);
  void record_nested_variables(const ast::ValueNode& value);

  ValidationContext& context_;
  std::vector<VariableUsage>* usages_;  // null: variables are not allowed (const)
};

}  // namespace lys::graphql
