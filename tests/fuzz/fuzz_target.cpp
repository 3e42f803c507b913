#include "tests/fuzz/fuzz_target.h"

#include <vector>

#include "compiler/diag/diagnostics.h"
#include "compiler/diag/source_manager.h"
#include "compiler/parse/parse.h"
#include "compiler/sema/analyze.h"

namespace lys::fuzz {

FrontEndRun run_front_end(std::string text) {
  SourceManager sources;
  DiagnosticEngine diagnostics;
  FileId file = sources.add("input.lys", std::move(text));
  std::vector<ast::File> trees;
  trees.push_back(parse_file(sources, file, diagnostics));
  sema::analyze(trees, diagnostics);
  return {diagnostics.error_count(), render_all(diagnostics, sources)};
}

}  // namespace lys::fuzz
