// Global ids: base64url without padding (RFC 4648 §5) of "<GraphQLType>:<id>". The
// planner computes them in SQL for responses; arguments and filters decode them here.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lys::query {

struct GlobalId {
  std::string type;    // "Product"
  std::string raw_id;  // the primary key's text: a uuid or a parametric code
};

std::string base64url_encode(std::string_view bytes);
// Nullopt when the text is not unpadded base64url.
std::optional<std::string> base64url_decode(std::string_view text);

std::string encode_global_id(std::string_view type, std::string_view raw_id);
// Nullopt when the id is not a global id at all (bad base64url, no "Type:" prefix).
std::optional<GlobalId> decode_global_id(std::string_view id);

}  // namespace lys::query
