#include "compiler/diag/diagnostics.h"

#include <gtest/gtest.h>

namespace lys {
namespace {

TEST(Diagnostics, RenderOneBasedPositionSourceLineAndCaret) {
  SourceManager sources;
  FileId file =
      sources.add("schemas/catalog.lys", "app catalog {\n  category: ProductCategry\n}\n");
  DiagnosticEngine engine;
  Diagnostic& d =
      engine.error(SourceSpan{file, {1, 12}, {1, 26}}, "unknown entity 'ProductCategry'");
  add_note(d, SourceSpan{file, {0, 4}, {0, 11}}, "in app 'catalog'");
  EXPECT_EQ(render_all(engine, sources),
            "schemas/catalog.lys:2:13: error: unknown entity 'ProductCategry'\n"
            "  category: ProductCategry\n"
            "            ^~~~~~~~~~~~~~\n"
            "schemas/catalog.lys:1:5: note: in app 'catalog'\n"
            "app catalog {\n"
            "    ^~~~~~~\n");
  EXPECT_EQ(engine.error_count(), 1u);
}

TEST(Diagnostics, CountsErrorsAndSummarises) {
  SourceManager sources;
  FileId file = sources.add("a.lys", "x\n");
  DiagnosticEngine engine;
  engine.error(SourceSpan{file, {0, 0}, {0, 1}}, "first");
  engine.warning(SourceSpan{file, {0, 0}, {0, 1}}, "just a warning");
  engine.error_without_location("second");
  std::string out = render_all(engine, sources);
  EXPECT_NE(out.find("a.lys:1:1: warning: just a warning"), std::string::npos);
  EXPECT_NE(out.find("lysc: error: second\n"), std::string::npos);
  EXPECT_NE(out.find("2 errors generated.\n"), std::string::npos);
}

}  // namespace
}  // namespace lys
