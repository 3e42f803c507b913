// `extern` operations: the user's C++ function, found by the operation's GraphQL name.
#include <fmt/format.h>

#include <stdexcept>

#include "api/mutation_error.h"
#include "api/mutation_resolvers.h"
#include "api/mutation_run.h"
#include "lys/access/permissions.h"

namespace lys::api {

void register_extern_operation(graphql::Executor& executor, const MutationServices& services,
                               const model::NamedOperation& operation,
                               const ExternRegistry& externs) {
  const ExternResolver* found = externs.find(operation.graphql_name);
  if (found == nullptr) {
    throw std::invalid_argument(
        fmt::format("extern operation '{}' has no implementation", operation.graphql_name));
  }
  executor.set_resolver(
      operation.mutation ? "Mutation" : "Query", operation.graphql_name,
      [resolver = *found, database = services.database, options = services.options, &operation](
          const graphql::FieldSelection& field, graphql::ResolveContext& context,
          std::string& out) {
        std::optional<graphql::Error> failure;
        // The implementation's own errors pass through; an exception is INTERNAL.
        std::optional<graphql::Error> crash =
            resolve_field(field, context, options, out, [&](std::string& value) {
              if (!access::admits_without_row(operation.rules, context.session)) {
                throw_forbidden(fmt::format("not allowed to call {}", operation.graphql_name));
              }
              ExternCall call{field, context, *database};
              failure = resolver(call, value);
              if (failure) value.clear();
            });
        return failure ? failure : crash;
      });
}

}  // namespace lys::api
