// Global ids: base64url without padding (RFC 4648 §5) of "<GraphQLType>:<id>" followed
// by a 96-bit tag, a truncated HMAC-SHA256 under the id key; cursors likewise seal the
// JSON array of their sort keys. The planner computes both in SQL for responses;
// arguments and filters decode them here, and an id or cursor whose tag does not match
// (edited, forged, truncated) decodes to nothing, so it never reaches a statement.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lys::query {

struct GlobalId {
  std::string type;    // "Product"
  std::string raw_id;  // the primary key's text: a uuid or a parametric code
};

// Derives the id key from `secret` (HMAC-SHA256 with a label of its own) for the whole
// process: the same secret, the same ids, across restarts. Call before opening a
// database. Without it the key is random, so ids last as long as the process.
void set_id_secret(std::string_view secret);

std::string base64url_encode(std::string_view bytes);
// Nullopt when the text is not unpadded base64url.
std::optional<std::string> base64url_decode(std::string_view text);

std::string encode_global_id(std::string_view type, std::string_view raw_id);
// Nullopt when the id is not a global id at all (bad base64url, bad tag, no "Type:"
// prefix).
std::optional<GlobalId> decode_global_id(std::string_view id);

// The cursor of a JSON array of sort keys, and back (nullopt when the tag is wrong).
std::string encode_cursor(std::string_view json_array);
std::optional<std::string> decode_cursor_json(std::string_view cursor);

}  // namespace lys::query
