// Sealing: a message followed by a truncated HMAC-SHA256 tag under the process's id
// key, so a global id or cursor a client edited or forged is recognised before it is
// used. The SQL that builds responses computes the same tag (SQLite: lys_seal();
// PostgreSQL: sha256() over the padded keys of the session, see postgres_connection).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lys::codec {

// 96 bits: forging one id takes 2^95 guesses on average, each a request.
constexpr std::size_t kSealTagBytes = 12;

// Derives the id key from a secret and makes it the process's key; the same secret
// gives the same key, so ids and cursors stay valid across restarts. Call before any
// database is opened or request served. Until called, the key is random per process.
void set_seal_secret(std::string_view secret);

// message || tag.
std::string seal(std::string_view message);
// The message, when `sealed` ends with its tag.
std::optional<std::string> unseal(std::string_view sealed);

// HMAC's inner and outer padded keys (the key XOR ipad / opad), 128 hex digits each:
// with them SQL computes the tag as sha256(opad_key || sha256(ipad_key || message)).
struct PaddedSealKeys {
  std::string inner_hex;
  std::string outer_hex;
};
PaddedSealKeys padded_seal_keys();

// The PostgreSQL session settings that hold them, set when a connection opens (through
// the startup packet's options, which statement logs do not show).
constexpr std::string_view kInnerKeySetting = "lys.id_ikey";
constexpr std::string_view kOuterKeySetting = "lys.id_okey";

}  // namespace lys::codec
