// libFuzzer entry point for the HTTP/1.1 request parser: any bytes, read as one
// connection's input, must give sound results, never a crash.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>

#include "tests/fuzz/request_target.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  lys::fuzz::RequestRun run = lys::fuzz::run_request_parser(input, lys::fuzz::kRequestFuzzLimits);
  if (!run.broken.empty()) {
    std::fprintf(stderr, "request parser invariant broken: %s\n", run.broken.c_str());
    __builtin_trap();
  }
  return 0;
}
