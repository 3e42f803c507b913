#include "query/page_arguments.h"

#include <cjson/cJSON.h>

#include <memory>

#include "lys/query/global_id.h"
#include "lys/query/planner.h"

namespace lys::query {

namespace {

std::optional<std::int64_t> size_argument(const graphql::FieldSelection& field,
                                          std::string_view name) {
  const graphql::Value* value = field.argument(name);
  if (!value || value->is_null()) return std::nullopt;
  if (value->integer < 0) {
    throw InputError("'" + std::string(name) + "' must not be negative");
  }
  if (value->integer > kMaxPageSize) {
    throw InputError("'" + std::string(name) + "' must be at most " + std::to_string(kMaxPageSize));
  }
  return value->integer;
}

std::optional<CursorValues> cursor_argument(const graphql::FieldSelection& field,
                                            std::string_view name, std::size_t key_count) {
  const graphql::Value* value = field.argument(name);
  if (!value || value->is_null()) return std::nullopt;
  return decode_cursor(value->text, key_count);
}

// "weight_grams" → "WEIGHT_GRAMS", the XOrderField value naming the field.
std::string order_field_name(std::string_view field_name) {
  std::string upper(field_name);
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return upper;
}

}  // namespace

CursorValues decode_cursor(std::string_view cursor, std::size_t key_count) {
  const InputError malformed("malformed cursor");
  std::optional<std::string> json = decode_cursor_json(cursor);
  if (!json) throw malformed;
  std::unique_ptr<cJSON, decltype(&cJSON_Delete)> array(
      cJSON_ParseWithLength(json->data(), json->size()), cJSON_Delete);
  if (!array || !cJSON_IsArray(array.get()) ||
      static_cast<std::size_t>(cJSON_GetArraySize(array.get())) != key_count) {
    throw malformed;
  }
  CursorValues values;
  const cJSON* element = nullptr;
  cJSON_ArrayForEach(element, array.get()) {
    if (cJSON_IsNull(element)) {
      values.emplace_back();
    } else if (cJSON_IsString(element)) {
      values.emplace_back(element->valuestring);
    } else {
      throw malformed;
    }
  }
  if (!values.back()) throw malformed;  // the id is never null
  return values;
}

Page page_arguments(const graphql::FieldSelection& field, std::size_t key_count) {
  Page page;
  std::optional<std::int64_t> first = size_argument(field, "first");
  std::optional<std::int64_t> last = size_argument(field, "last");
  if (first && last) throw InputError("'first' and 'last' cannot be used together");
  page.backward = last.has_value();
  page.size = first ? *first : last ? *last : kDefaultPageSize;
  page.after = cursor_argument(field, "after", key_count);
  page.before = cursor_argument(field, "before", key_count);
  return page;
}

std::vector<OrderKey> order_keys(const model::Entity& entity, const graphql::FieldSelection& field,
                                 const std::vector<model::OrderTerm>& defaults) {
  std::vector<OrderKey> keys;
  const graphql::Value* order_by = field.argument("orderBy");
  if (order_by && !order_by->is_null()) {
    for (const graphql::Value& term : order_by->list) {
      const graphql::Value* name = term.field("field");
      const graphql::Value* direction = term.field("direction");
      for (std::size_t i = 1; i < entity.fields.size(); ++i) {
        if (name && order_field_name(entity.fields[i].name) == name->text) {
          keys.push_back({&entity.fields[i], direction && direction->text == "DESC"});
          break;
        }
      }
    }
  } else {
    for (const model::OrderTerm& term : defaults) {
      keys.push_back({&entity.fields[static_cast<std::size_t>(term.field)], term.descending});
    }
  }
  keys.push_back({&entity.fields[0], false});
  return keys;
}

}  // namespace lys::query
