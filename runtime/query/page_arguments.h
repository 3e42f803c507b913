// The pagination and ordering arguments of a connection, validated: page size
// (default 20, at most 100), direction, decoded cursors, sort keys.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "lys/graphql/selection.h"
#include "lys/model/model.h"

namespace lys::query {

constexpr std::int64_t kDefaultPageSize = 20;
constexpr std::int64_t kMaxPageSize = 100;

// One sort key; the row's id always ends the list as the tiebreaker.
struct OrderKey {
  const model::Field* field = nullptr;
  bool descending = false;
};

// A cursor's sort-key values then the id, as text (null for a NULL key).
using CursorValues = std::vector<std::optional<std::string>>;

struct Page {
  bool backward = false;  // last/before: the page ends at `before`
  std::int64_t size = kDefaultPageSize;
  std::optional<CursorValues> after;
  std::optional<CursorValues> before;
};

// Throws InputError for negative or too large sizes, first with last, malformed cursors.
Page page_arguments(const graphql::FieldSelection& field, std::size_t key_count);

// The keys of `orderBy` (or `defaults` when not given), then the entity's id.
std::vector<OrderKey> order_keys(const model::Entity& entity, const graphql::FieldSelection& field,
                                 const std::vector<model::OrderTerm>& defaults);

// The values of a cursor the SQL computed (lys/query/global_id.h); InputError when it
// is malformed or its tag does not match.
CursorValues decode_cursor(std::string_view cursor, std::size_t key_count);

}  // namespace lys::query
