#include "graphql/validation.h"

#include "graphql/suggestions.h"
#include "graphql/validation_context.h"

namespace lys::graphql {

ValidationContext::ValidationContext(const Schema& schema, const ast::Document& document,
                                     ValidationOptions options)
    : schema_(schema), document_(document), options_(options) {
  for (const ast::Fragment& fragment : document.fragments) {
    fragments_.emplace(fragment.name, &fragment);  // the first of duplicates wins
  }
}

const ast::Fragment* ValidationContext::fragment(const std::string& name) const {
  auto found = fragments_.find(name);
  return found == fragments_.end() ? nullptr : found->second;
}

void ValidationContext::report(std::string message, std::vector<Location> locations) {
  errors_.push_back({std::move(message), kValidationFailed, std::move(locations), {}, {}});
}

std::string ValidationContext::suggest(const std::string& input,
                                       const std::vector<std::string>& options) const {
  if (!options_.suggestions) return "";
  return did_you_mean(suggestion_list(input, options));
}

std::vector<Error> validate(const Schema& schema, const ast::Document& document,
                            ValidationOptions options) {
  ValidationContext context(schema, document, options);
  validate_selections(context);
  validate_definitions(context);
  validate_field_merging(context);
  return context.take_errors();
}

}  // namespace lys::graphql
