#include "http/client_address.h"

#include <gtest/gtest.h>

namespace lys::http {
namespace {

AddressSet set(const std::vector<std::string>& entries) {
  std::optional<AddressSet> parsed = AddressSet::parse(entries);
  EXPECT_TRUE(parsed);
  return parsed.value_or(AddressSet{});
}

TEST(AddressSetTest, MatchesAddressesAndNetworksOfBothFamilies) {
  AddressSet proxies = set({"10.0.0.0/8", "192.0.2.7", "2001:db8::/32", "::1"});
  for (const char* inside : {"10.0.0.1", "10.255.255.255", "192.0.2.7", "2001:db8::42", "::1"}) {
    EXPECT_TRUE(proxies.contains(inside)) << inside;
  }
  for (const char* outside :
       {"11.0.0.1", "192.0.2.8", "2001:db9::1", "::2", "not an address", "", "10.0.0.1/8"}) {
    EXPECT_FALSE(proxies.contains(outside)) << outside;
  }
  // Prefixes that are not byte-aligned.
  AddressSet odd = set({"172.16.0.0/12"});
  EXPECT_TRUE(odd.contains("172.31.255.1"));
  EXPECT_FALSE(odd.contains("172.32.0.1"));
  EXPECT_TRUE(set({"0.0.0.0/0"}).contains("203.0.113.5"));
}

TEST(AddressSetTest, RefusesWhatIsNotAnAddressOrNetwork) {
  for (const char* entry :
       {"proxy.local", "10.0.0.0/33", "::/129", "10.0.0.0/", "10.0.0.0/-1", "10.0.0.0/8x", "*"}) {
    EXPECT_FALSE(AddressSet::parse({entry})) << entry;
  }
  EXPECT_TRUE(AddressSet::parse({})->empty());
}

TEST(ClientAddressTest, ThePeerUnlessItIsATrustedProxy) {
  AddressSet none;
  EXPECT_EQ(client_address("198.51.100.1", "203.0.113.9", none), "198.51.100.1");
  AddressSet proxies = set({"10.0.0.0/8"});
  EXPECT_EQ(client_address("198.51.100.1", "203.0.113.9", proxies), "198.51.100.1");
  EXPECT_EQ(client_address("10.0.0.2", std::nullopt, proxies), "10.0.0.2");
  EXPECT_EQ(client_address("10.0.0.2", "203.0.113.9", proxies), "203.0.113.9");
}

TEST(ClientAddressTest, TheRightMostUntrustedHopOfTheChain) {
  AddressSet proxies = set({"10.0.0.0/8"});
  EXPECT_EQ(client_address("10.0.0.2", "1.2.3.4, 203.0.113.9", proxies), "203.0.113.9");
  EXPECT_EQ(client_address("10.0.0.2", "1.2.3.4,203.0.113.9 , 10.0.0.7", proxies), "203.0.113.9");
  // Every hop trusted: the first one is as far as the chain goes.
  EXPECT_EQ(client_address("10.0.0.2", "10.0.0.9, 10.0.0.7", proxies), "10.0.0.9");
  // Garbage written by the client stops the walk at the last believable hop.
  EXPECT_EQ(client_address("10.0.0.2", "203.0.113.9, garbage, 10.0.0.7", proxies), "10.0.0.7");
  EXPECT_EQ(client_address("10.0.0.2", "", proxies), "10.0.0.2");
}

}  // namespace
}  // namespace lys::http
