// libFuzzer entry point for access-token verification: any bytes, as a bearer token or
// as the header and claims of one signed with the verifier's key, must be accepted or
// refused with a reason, never crash or throw.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>

#include "tests/fuzz/token_target.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  lys::fuzz::TokenRun run = lys::fuzz::run_token(input);
  if (!run.broken.empty()) {
    std::fprintf(stderr, "token verification invariant broken: %s\n", run.broken.c_str());
    __builtin_trap();
  }
  return 0;
}
