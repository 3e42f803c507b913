// The Executor implementation: prepares documents (parse, validate, cache), selects
// the operation, coerces variables, builds the selection tree and runs the root fields.
#pragma once

#include <atomic>
#include <map>
#include <memory>
#include <string>
#include <utility>

#include "graphql/coercion.h"
#include "graphql/document_cache.h"
#include "graphql/schema.h"
#include "lys/graphql/executor.h"

namespace lys::graphql {

class Engine final : public Executor {
 public:
  Engine(std::unique_ptr<Schema> schema, ExecutorOptions options);

  void set_resolver(const std::string& type_name, const std::string& field_name,
                    RootResolver resolver) override;
  Response execute(const Request& request, const access::Session& session) override;
  CacheStats document_cache_stats() const override;

  const Schema& schema() const { return *schema_; }
  // How many selection trees CollectFields built (not reused), for tests.
  std::size_t selections_built() const { return selections_built_; }

 private:
  std::shared_ptr<const PreparedDocument> prepare(const std::string& query);
  const ast::Operation* select_operation(const ast::Document& document, const Request& request,
                                         std::vector<Error>& errors) const;
  // The operation's normalised selection tree, reused across requests when it can be.
  std::vector<FieldSelection> select_fields(const PreparedDocument& prepared,
                                            const ast::Operation& operation,
                                            const VariableValues& variables,
                                            std::vector<Error>& errors) const;
  void run_root_fields(const NamedType& root, const std::vector<FieldSelection>& fields,
                       const ResolveContext& request_context, std::string& body,
                       std::vector<Error>& errors);

  std::unique_ptr<Schema> schema_;
  ExecutorOptions options_;
  DocumentCache cache_;
  std::map<std::pair<std::string, std::string>, RootResolver> resolvers_;
  mutable std::atomic<std::size_t> selections_built_ = 0;
};

}  // namespace lys::graphql
