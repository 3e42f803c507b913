// libFuzzer entry point: any bytes must give diagnostics, never a crash.
#include <cstddef>
#include <cstdint>
#include <string>

#include "tests/fuzz/fuzz_target.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  lys::fuzz::run_front_end(std::move(text));
  return 0;
}
