#include "compiler/emit/graphql/builtin_types.h"

#include "compiler/ir/graphql_names.h"

namespace lys::emit::graphql {

namespace {

SdlField field(std::string name, std::string type, std::string description = "") {
  return SdlField{std::move(description), std::move(name), {}, std::move(type), {}};
}

SdlDefinition scalar(std::string name, std::string description, const std::string& spec_url) {
  SdlDefinition definition{SdlDefinition::Kind::Scalar, std::move(description), std::move(name)};
  if (!spec_url.empty())
    definition.directives = "@specifiedBy(url: " + string_literal(spec_url) + ")";
  return definition;
}

// Which operators a filter input offers, by what its type supports.
enum class Operators { Equality, Ordered, Text, Boolean };

SdlDefinition filter_input(const std::string& value_type, Operators operators,
                           const std::string& subject) {
  SdlDefinition definition{SdlDefinition::Kind::Input,
                           "Conditions on " + subject + "; a row matches when all given hold.",
                           ir::graphql_names::filter_type(value_type)};
  auto& fields = definition.fields;
  fields.push_back(field("eq", value_type));
  fields.push_back(field("neq", value_type));
  if (operators != Operators::Boolean) fields.push_back(field("in", "[" + value_type + "!]"));
  if (operators == Operators::Ordered) {
    for (const char* op : {"lt", "lte", "gt", "gte"}) fields.push_back(field(op, value_type));
  }
  if (operators == Operators::Text) {
    fields.push_back(field("like", "String", "SQL LIKE: `%` matches any text, `_` one character."));
    fields.push_back(field("ilike", "String", "Like `like`, ignoring case."));
  }
  fields.push_back(field("isNull", "Boolean", "True: the value is null; false: it is not."));
  return definition;
}

}  // namespace

std::vector<SdlDefinition> relay_types() {
  SdlDefinition node{SdlDefinition::Kind::Interface,
                     "An object with a global id, which `node` and `nodes` fetch.", "Node"};
  node.fields.push_back(
      field("id", "ID!", "The global id: opaque, encodes the type and the primary key."));

  SdlDefinition page_info{SdlDefinition::Kind::Object,
                          "Where a page of a connection lies in the whole list.", "PageInfo"};
  page_info.fields = {field("hasNextPage", "Boolean!"), field("hasPreviousPage", "Boolean!"),
                      field("startCursor", "String"), field("endCursor", "String")};

  SdlDefinition direction{SdlDefinition::Kind::Enum, "", "OrderDirection"};
  direction.values = {{"Smallest first.", "ASC"}, {"Largest first.", "DESC"}};
  return {node, page_info, direction};
}

std::vector<SdlDefinition> custom_scalars() {
  const std::string rfc = "https://datatracker.ietf.org/doc/html/";
  return {
      scalar("DateTime", "An instant in UTC: an RFC 3339 string such as \"2024-05-01T12:00:00Z\".",
             rfc + "rfc3339"),
      scalar("Date", "A calendar date: an RFC 3339 full-date string such as \"2024-05-01\".",
             rfc + "rfc3339"),
      scalar("Decimal", "An exact decimal number, as a string such as \"19.90\".", ""),
      scalar("UUID",
             "A UUID, as an RFC 4122 string such as \"6f1c2b0e-8a53-4c1e-9d3f-2a7b5c9e0d14\".",
             rfc + "rfc4122"),
      scalar("JSON", "Any JSON value.", rfc + "rfc8259"),
      scalar("BigInt", "A 64-bit signed integer, as a string: JSON numbers cannot hold them all.",
             ""),
      scalar("Bytes", "Binary data, as a padded base64 string (RFC 4648, section 4).",
             rfc + "rfc4648#section-4"),
  };
}

std::vector<SdlDefinition> operator_filters() {
  return {
      filter_input("String", Operators::Text, "a text field"),
      filter_input("Int", Operators::Ordered, "an integer field"),
      filter_input("Float", Operators::Ordered, "a floating-point field"),
      filter_input("Decimal", Operators::Ordered, "a decimal field"),
      filter_input("BigInt", Operators::Ordered, "a 64-bit integer field"),
      filter_input("Boolean", Operators::Boolean, "a boolean field"),
      filter_input("DateTime", Operators::Ordered, "a date-time field"),
      filter_input("Date", Operators::Ordered, "a date field"),
      filter_input("UUID", Operators::Equality, "a UUID field"),
      filter_input("ID", Operators::Equality, "an id or a reference, by global id"),
  };
}

SdlDefinition enum_filter(const std::string& enum_name) {
  return filter_input(enum_name, Operators::Equality, "a " + enum_name + " field");
}

SdlDefinition delete_payload() {
  SdlDefinition payload{SdlDefinition::Kind::Object, "The result of a delete mutation.",
                        "DeletePayload"};
  payload.fields.push_back(field("deletedId", "ID!", "The global id of the deleted object."));
  return payload;
}

}  // namespace lys::emit::graphql
