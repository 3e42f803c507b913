#include "api/mutation_run.h"

#include "api/mutation_error.h"

namespace lys::api {

namespace {
constexpr int kSerializationAttempts = 3;
}  // namespace

std::optional<graphql::Error> resolve_field(const graphql::FieldSelection& field,
                                            const graphql::ResolveContext& context,
                                            const ApiOptions& options, std::string& out,
                                            const std::function<void(std::string& out)>& resolve) {
  graphql::Error error;
  try {
    std::string value;
    resolve(value);
    out += value;
    return std::nullopt;
  } catch (const MutationError& failure) {
    error = failure.error();
  } catch (const graphql::Error& failure) {
    // What extern implementations throw to fail with an API code.
    error = failure;
  } catch (const std::exception& failure) {
    error = unexpected_failure(failure, options);
  }
  if (error.locations.empty()) error.locations = {field.location};
  if (error.path.empty()) error.path = context.path;
  return error;
}

void in_transaction(db::Database& database,
                    const std::function<void(db::Connection& connection, std::string& out)>& work,
                    std::string& out) {
  for (int attempt = 1;; ++attempt) {
    try {
      db::Database::Lease connection = database.acquire();
      db::Transaction transaction(*connection);
      std::string value;
      work(*connection, value);
      transaction.commit();
      out += value;
      return;
    } catch (const db::Error& error) {
      if (error.kind() != db::ErrorKind::Serialization || attempt == kSerializationAttempts) throw;
    }
  }
}

db::Rows execute_write(db::Connection& connection, const Statement& statement,
                       const model::Entity& entity, WriteKind write,
                       const std::optional<std::string>& input_prefix) {
  try {
    return connection.query(statement.sql, statement.params);
  } catch (const db::Error& error) {
    throw_constraint_error(entity, error, write, input_prefix);
  }
}

}  // namespace lys::api
