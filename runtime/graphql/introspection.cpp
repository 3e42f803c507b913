#include "graphql/introspection.h"

#include "graphql/json_writer.h"

namespace lys::graphql {

namespace {

const char* kind_name(TypeKind kind) {
  switch (kind) {
    case TypeKind::Scalar:
      return "SCALAR";
    case TypeKind::Object:
      return "OBJECT";
    case TypeKind::Interface:
      return "INTERFACE";
    case TypeKind::Union:
      return "UNION";
    case TypeKind::Enum:
      return "ENUM";
    case TypeKind::InputObject:
      return "INPUT_OBJECT";
  }
  return "SCALAR";
}

bool include_deprecated(const FieldSelection& field) {
  const Value* value = field.argument("includeDeprecated");
  return value != nullptr && value->kind == Value::Kind::Bool && value->boolean;
}

// A __Type: a wrapper (LIST, NON_NULL) of a type reference, or a named type.
struct TypeView {
  const ast::TypeRef* wrapper = nullptr;
  const NamedType* named = nullptr;
};

class IntrospectionWriter {
 public:
  IntrospectionWriter(const Schema& schema, std::string& out) : schema_(schema), out_(out) {}

  void schema_object(const SelectionSet& selection) {
    object(selection, "__Schema", [&](const FieldSelection& field) {
      const std::string& name = field.name;
      if (name == "description") {
        optional_string(schema_.description());
      } else if (name == "types") {
        list(schema_.types(), [&](const NamedType* type) {
          type_object(field.selection, {nullptr, type});
        });
      } else if (name == "queryType") {
        named_type(field.selection, schema_.query_type());
      } else if (name == "mutationType") {
        named_type(field.selection, schema_.mutation_type());
      } else if (name == "subscriptionType") {
        named_type(field.selection, schema_.subscription_type());
      } else if (name == "directives") {
        list(schema_.directives(), [&](const DirectiveDefinition& directive) {
          directive_object(field.selection, directive);
        });
      } else {
        out_ += "null";
      }
    });
  }

  void named_type(const SelectionSet& selection, const NamedType* type) {
    if (type == nullptr) {
      out_ += "null";
    } else {
      type_object(selection, {nullptr, type});
    }
  }

 private:
  template <typename WriteField>
  void object(const SelectionSet& selection, const char* type_name, WriteField write_field) {
    out_ += '{';
    const std::vector<FieldSelection>* fields = selection.for_type(type_name);
    bool first = true;
    for (const FieldSelection& field : fields != nullptr ? *fields : empty_) {
      if (!first) out_ += ',';
      first = false;
      append_json_string(out_, field.response_key);
      out_ += ':';
      if (field.name == "__typename") {
        append_json_string(out_, type_name);
      } else {
        write_field(field);
      }
    }
    out_ += '}';
  }

  template <typename Items, typename WriteItem>
  void list(const Items& items, WriteItem write_item) {
    out_ += '[';
    bool first = true;
    for (const auto& item : items) {
      if (!first) out_ += ',';
      first = false;
      write_item(item);
    }
    out_ += ']';
  }

  // Lists of schema elements filtered by deprecation.
  template <typename Items, typename WriteItem>
  void list_current(const Items& items, bool with_deprecated, WriteItem write_item) {
    std::vector<const typename Items::value_type*> shown;
    for (const auto& item : items) {
      if (with_deprecated || !item.deprecation.deprecated) shown.push_back(&item);
    }
    list(shown, [&](const auto* item) { write_item(*item); });
  }

  void optional_string(const std::string& text) {
    if (text.empty()) {
      out_ += "null";
    } else {
      append_json_string(out_, text);
    }
  }

  void boolean(bool value) { out_ += value ? "true" : "false"; }

  void deprecation_field(const FieldSelection& field, const Deprecation& deprecation) {
    if (field.name == "isDeprecated") {
      boolean(deprecation.deprecated);
    } else if (deprecation.deprecated) {
      append_json_string(out_, deprecation.reason);
    } else {
      out_ += "null";
    }
  }

  void type_object(const SelectionSet& selection, TypeView view) {
    object(selection, "__Type", [&](const FieldSelection& field) {
      if (view.wrapper != nullptr) {
        wrapper_field(field, *view.wrapper);
      } else {
        named_field(field, *view.named);
      }
    });
  }

  void type_reference(const SelectionSet& selection, const ast::TypeRef& type) {
    if (type.kind == ast::TypeRef::Kind::Named) {
      named_type(selection, schema_.type(type.name));
    } else {
      type_object(selection, {&type, nullptr});
    }
  }

  void wrapper_field(const FieldSelection& field, const ast::TypeRef& type) {
    if (field.name == "kind") {
      out_ += type.kind == ast::TypeRef::Kind::List ? "\"LIST\"" : "\"NON_NULL\"";
    } else if (field.name == "ofType") {
      type_reference(field.selection, type.inner());
    } else {
      out_ += "null";
    }
  }

  void named_field(const FieldSelection& field, const NamedType& type) {
    const std::string& name = field.name;
    bool has_fields = type.kind == TypeKind::Object || type.kind == TypeKind::Interface;
    if (name == "kind") {
      append_json_string(out_, kind_name(type.kind));
    } else if (name == "name") {
      append_json_string(out_, type.name);
    } else if (name == "description") {
      optional_string(type.description);
    } else if (name == "specifiedByURL") {
      optional_string(type.specified_by_url);
    } else if (name == "fields" && has_fields) {
      list_current(type.fields, include_deprecated(field), [&](const FieldDefinition& definition) {
        field_object(field.selection, definition);
      });
    } else if (name == "interfaces" && has_fields) {
      list(type.interfaces, [&](const std::string& interface) {
        named_type(field.selection, schema_.type(interface));
      });
    } else if (name == "possibleTypes" && type.is_abstract()) {
      list(type.possible_types, [&](const std::string& possible) {
        named_type(field.selection, schema_.type(possible));
      });
    } else if (name == "enumValues" && type.kind == TypeKind::Enum) {
      list_current(type.enum_values, include_deprecated(field),
                   [&](const EnumValue& value) { enum_value_object(field.selection, value); });
    } else if (name == "inputFields" && type.kind == TypeKind::InputObject) {
      list_current(type.input_fields, include_deprecated(field),
                   [&](const InputValue& value) { input_value_object(field.selection, value); });
    } else {
      out_ += "null";
    }
  }

  void field_object(const SelectionSet& selection, const FieldDefinition& definition) {
    object(selection, "__Field", [&](const FieldSelection& field) {
      if (field.name == "name") {
        append_json_string(out_, definition.name);
      } else if (field.name == "description") {
        optional_string(definition.description);
      } else if (field.name == "args") {
        list_current(definition.arguments, include_deprecated(field),
                     [&](const InputValue& value) { input_value_object(field.selection, value); });
      } else if (field.name == "type") {
        type_reference(field.selection, definition.type);
      } else {
        deprecation_field(field, definition.deprecation);
      }
    });
  }

  void input_value_object(const SelectionSet& selection, const InputValue& value) {
    object(selection, "__InputValue", [&](const FieldSelection& field) {
      if (field.name == "name") {
        append_json_string(out_, value.name);
      } else if (field.name == "description") {
        optional_string(value.description);
      } else if (field.name == "type") {
        type_reference(field.selection, value.type);
      } else if (field.name == "defaultValue") {
        if (value.default_value) {
          append_json_string(out_, print_value(*value.default_value));
        } else {
          out_ += "null";
        }
      } else {
        deprecation_field(field, value.deprecation);
      }
    });
  }

  void enum_value_object(const SelectionSet& selection, const EnumValue& value) {
    object(selection, "__EnumValue", [&](const FieldSelection& field) {
      if (field.name == "name") {
        append_json_string(out_, value.name);
      } else if (field.name == "description") {
        optional_string(value.description);
      } else {
        deprecation_field(field, value.deprecation);
      }
    });
  }

  void directive_object(const SelectionSet& selection, const DirectiveDefinition& directive) {
    object(selection, "__Directive", [&](const FieldSelection& field) {
      if (field.name == "name") {
        append_json_string(out_, directive.name);
      } else if (field.name == "description") {
        optional_string(directive.description);
      } else if (field.name == "isRepeatable") {
        boolean(directive.repeatable);
      } else if (field.name == "locations") {
        list(directive.locations,
             [&](const std::string& location) { append_json_string(out_, location); });
      } else if (field.name == "args") {
        list_current(directive.arguments, include_deprecated(field),
                     [&](const InputValue& value) { input_value_object(field.selection, value); });
      } else {
        out_ += "null";
      }
    });
  }

  const Schema& schema_;
  std::string& out_;
  const std::vector<FieldSelection> empty_;
};

}  // namespace

void write_introspection_field(const Schema& schema, const FieldSelection& field,
                               std::string& out) {
  IntrospectionWriter writer(schema, out);
  if (field.name == "__schema") {
    writer.schema_object(field.selection);
    return;
  }
  const Value* name = field.argument("name");
  writer.named_type(field.selection, name != nullptr ? schema.type(name->text) : nullptr);
}

}  // namespace lys::graphql
