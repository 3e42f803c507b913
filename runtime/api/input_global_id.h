// Global ids: base64url without padding (RFC 4648 §5) of "<GraphQLType>:<id>". The
// read side computes them in SQL; mutations decode the ones they are given and encode
// the id of a deleted row.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lys::api {

struct GlobalId {
  std::string type;  // "Product"
  std::string id;    // the primary key's text
};

std::string encode_global_id(std::string_view type, std::string_view id);

// Nullopt when the text is not base64url without padding of "<type>:<id>" with a
// non-empty type and id.
std::optional<GlobalId> decode_global_id(std::string_view text);

}  // namespace lys::api
