#include "http/client_address.h"

#include <arpa/inet.h>

#include <algorithm>
#include <charconv>

#include "codec/ascii.h"

namespace lys::http {

namespace {

using Bytes = std::array<std::uint8_t, 16>;

// The address as 16 bytes, IPv4 mapped into IPv6 (::ffff:a.b.c.d) so both compare alike.
std::optional<Bytes> address_bytes(std::string_view text) {
  std::string address(text);
  Bytes bytes{};
  if (inet_pton(AF_INET6, address.c_str(), bytes.data()) == 1) return bytes;
  std::array<std::uint8_t, 4> v4{};
  if (inet_pton(AF_INET, address.c_str(), v4.data()) != 1) return std::nullopt;
  bytes[10] = bytes[11] = 0xff;
  std::copy(v4.begin(), v4.end(), bytes.begin() + 12);
  return bytes;
}

bool is_ipv4(std::string_view text) {
  return text.find(':') == std::string_view::npos;
}

}  // namespace

std::optional<AddressSet> AddressSet::parse(const std::vector<std::string>& entries) {
  AddressSet set;
  for (std::string_view entry : entries) {
    std::size_t slash = entry.find('/');
    std::string_view address = entry.substr(0, slash);
    std::optional<Bytes> bytes = address_bytes(address);
    if (!bytes) return std::nullopt;
    const int width = is_ipv4(address) ? 32 : 128;
    int prefix = width;
    if (slash != std::string_view::npos) {
      std::string_view digits = entry.substr(slash + 1);
      auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), prefix);
      if (error != std::errc() || end != digits.data() + digits.size() || prefix < 0 ||
          prefix > width) {
        return std::nullopt;
      }
    }
    set.networks_.push_back({*bytes, prefix + (128 - width)});
  }
  return set;
}

bool AddressSet::contains(std::string_view address) const {
  std::optional<Bytes> bytes = address_bytes(address);
  if (!bytes) return false;
  for (const Network& network : networks_) {
    int bits = network.prefix_bits;
    bool inside = true;
    for (std::size_t i = 0; i < bytes->size() && bits > 0 && inside; ++i, bits -= 8) {
      const std::uint8_t mask = bits >= 8 ? 0xff : static_cast<std::uint8_t>(0xff << (8 - bits));
      inside = ((*bytes)[i] & mask) == (network.bytes[i] & mask);
    }
    if (inside) return true;
  }
  return false;
}

std::string client_address(std::string_view peer, std::optional<std::string_view> forwarded_for,
                           const AddressSet& trusted_proxies) {
  if (!forwarded_for || !trusted_proxies.contains(peer)) return std::string(peer);
  std::string_view hops = *forwarded_for;
  std::string_view client = peer;
  while (!hops.empty()) {
    std::size_t comma = hops.rfind(',');
    std::string_view hop =
        codec::trim_whitespace(comma == std::string_view::npos ? hops : hops.substr(comma + 1));
    hops = comma == std::string_view::npos ? std::string_view() : hops.substr(0, comma);
    // A hop that is no address was not written by a trusted proxy: the last proxy's
    // peer is as far back as the chain can be believed.
    if (!address_bytes(hop)) break;
    client = hop;
    if (!trusted_proxies.contains(hop)) break;
  }
  return std::string(client);
}

}  // namespace lys::http
