// libFuzzer entry point for the GraphQL engine: any bytes, read as a document and its
// variables, must give a well-formed GraphQL response, never a crash.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>

#include "tests/fuzz/graphql_target.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  lys::fuzz::GraphqlRun run = lys::fuzz::run_graphql(input);
  if (!run.broken.empty()) {
    std::fprintf(stderr, "GraphQL response invariant broken: %s\n", run.broken.c_str());
    __builtin_trap();
  }
  return 0;
}
