// Who a request comes from, for rate limits: the TCP peer's address. The address a
// proxy reports in X-Forwarded-For is believed only when the peer is one of the
// trusted proxies; otherwise any client could choose its own rate-limit bucket.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lys::http {

// A set of IPv4 and IPv6 addresses and networks ("10.0.0.0/8", "::1", "192.0.2.7").
class AddressSet {
 public:
  // nullopt when an entry is neither an address nor an address/prefix-length.
  static std::optional<AddressSet> parse(const std::vector<std::string>& entries);

  bool empty() const { return networks_.empty(); }
  bool contains(std::string_view address) const;

 private:
  struct Network {
    std::array<std::uint8_t, 16> bytes{};  // IPv4 as IPv4-mapped IPv6
    int prefix_bits = 128;
  };
  std::vector<Network> networks_;
};

// The client's address: `peer`, or, when `peer` is a trusted proxy, the right-most
// address of `forwarded_for` (X-Forwarded-For, or nullptr) that is not a trusted proxy
// itself; the entries left of it are the client's to write, so they are never read.
std::string client_address(std::string_view peer, std::optional<std::string_view> forwarded_for,
                           const AddressSet& trusted_proxies);

}  // namespace lys::http
