// The code path under fuzzing: one input file through the parser, semantic analysis
// and diagnostic rendering, as `lysc check` runs it.
#pragma once

#include <string>

namespace lys::fuzz {

struct FrontEndRun {
  std::size_t errors = 0;
  std::string rendered;  // every diagnostic, rendered with its source line
};

FrontEndRun run_front_end(std::string text);

}  // namespace lys::fuzz
