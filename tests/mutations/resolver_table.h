// The root resolvers register_mutation_resolvers installs, kept by name so tests can
// call them with hand-built selections (the GraphQL engine is not in this suite).
#pragma once

#include <map>
#include <stdexcept>
#include <string>

#include "lys/graphql/executor.h"

namespace lys::test {

class ResolverTable final : public graphql::Executor {
 public:
  void set_resolver(const std::string& type_name, const std::string& field_name,
                    graphql::RootResolver resolver) override {
    resolvers_[type_name + "." + field_name] = std::move(resolver);
  }
  graphql::Response execute(const graphql::Request&, const access::Session&) override {
    throw std::logic_error("a resolver table executes no requests");
  }
  CacheStats document_cache_stats() const override { return {}; }

  bool has(const std::string& type_name, const std::string& field_name) const {
    return resolvers_.count(type_name + "." + field_name) > 0;
  }
  // Throws std::out_of_range when nothing was registered under the name.
  const graphql::RootResolver& at(const std::string& type_name,
                                  const std::string& field_name) const {
    return resolvers_.at(type_name + "." + field_name);
  }

 private:
  std::map<std::string, graphql::RootResolver> resolvers_;
};

}  // namespace lys::test
