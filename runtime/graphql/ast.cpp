#include "graphql/ast.h"

namespace lys::graphql::ast {

const Fragment* Document::fragment(const std::string& name) const {
  for (const Fragment& fragment : fragments) {
    if (fragment.name == name) return &fragment;
  }
  return nullptr;
}

const char* operation_keyword(OperationType type) {
  switch (type) {
    case OperationType::Query:
      return "query";
    case OperationType::Mutation:
      return "mutation";
    case OperationType::Subscription:
      return "subscription";
  }
  return "query";
}

}  // namespace lys::graphql::ast
