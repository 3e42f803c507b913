#include "compiler/ir/graphql_names.h"

#include <cctype>

namespace lys::ir::graphql_names {

namespace {
std::string upper_first(std::string_view word) {
  std::string out(word);
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}
}  // namespace

std::string connection_type(std::string_view type) {
  return std::string(type) + "Connection";
}
std::string edge_type(std::string_view type) {
  return std::string(type) + "Edge";
}
std::string filter_type(std::string_view type) {
  return std::string(type) + "Filter";
}
std::string order_type(std::string_view type) {
  return std::string(type) + "Order";
}
std::string order_field_type(std::string_view type) {
  return std::string(type) + "OrderField";
}
std::string payload_type(std::string_view type) {
  return std::string(type) + "Payload";
}

std::string mutation_input_type(std::string_view verb, std::string_view type) {
  return upper_first(verb) + std::string(type) + "Input";
}

std::string mutation_field(std::string_view verb, std::string_view type) {
  return std::string(verb) + std::string(type);
}

const std::vector<std::string>& fixed_types() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out{"Query", "Mutation", "Subscription", "Node", "PageInfo",
                                 "OrderDirection", "DeletePayload",
                                 // Signing in through the auth app.
                                 "AuthPayload", "LogoutPayload"};
    for (const char* scalar : {"String", "Int", "Float", "Boolean", "ID", "DateTime", "Date",
                               "Decimal", "UUID", "JSON", "BigInt", "Bytes"}) {
      out.emplace_back(scalar);
      out.push_back(filter_type(scalar));
    }
    return out;
  }();
  return names;
}

const std::vector<std::string>& fixed_root_fields() {
  static const std::vector<std::string> names{"node", "nodes", "me"};
  return names;
}

const std::vector<std::string>& fixed_mutation_fields() {
  static const std::vector<std::string> names{"login", "refreshToken", "logout"};
  return names;
}

}  // namespace lys::ir::graphql_names
