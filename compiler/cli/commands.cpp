#include "compiler/cli/commands.h"

#include <iostream>
#include <vector>

#include "compiler/diag/diagnostics.h"
#include "compiler/parse/parse.h"

namespace lys::cli {

int run(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: lysc check FILE\n";
    return 2;
  }
  SourceManager sources;
  DiagnosticEngine diagnostics;
  auto file = sources.load(argv[2]);
  if (!file) {
    std::cerr << "lysc: cannot read " << argv[2] << "\n";
    return 2;
  }
  parse_file(sources, *file, diagnostics);
  std::cerr << render_all(diagnostics, sources);
  return diagnostics.has_errors() ? 1 : 0;
}

}  // namespace lys::cli
