// Golden tests: every folder tests/golden/<case>/ holds input/*.lys and, in
// expected/, every file `lysc build` writes for them. The runner compiles the
// inputs in-process, runs every generator and compares both ways: missing, extra
// and different files, the latter as a unified -want +got diff.
// LYS_UPDATE_GOLDEN=1 rewrites expected/ instead.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "compiler/diag/diagnostics.h"
#include "compiler/diag/source_manager.h"
#include "compiler/emit/all_generators.h"
#include "compiler/emit/output_sink.h"
#include "compiler/frontend/compile.h"
#include "file_tree.h"
#include "unified_diff.h"

namespace lys::golden {
namespace {

namespace fs = std::filesystem;

const fs::path kGoldenDir = LYS_GOLDEN_DIR;
const fs::path kSchemasDir = LYS_SCHEMAS_DIR;

bool updating() {
  const char* update = std::getenv("LYS_UPDATE_GOLDEN");
  return update != nullptr && std::string(update) == "1";
}

std::vector<std::string> case_names() {
  std::vector<std::string> names;
  for (const fs::directory_entry& entry : fs::directory_iterator(kGoldenDir)) {
    if (fs::is_directory(entry.path() / "input")) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

// What `lysc build` would write for the case's inputs; diagnostics on failure.
testing::AssertionResult build(const fs::path& input, FileTree& generated) {
  SourceManager sources;
  DiagnosticEngine diagnostics;
  std::optional<ir::Schema> schema = frontend::compile({input.string()}, sources, diagnostics);
  if (!schema) {
    return testing::AssertionFailure() << "the inputs do not compile:\n"
                                       << render_all(diagnostics, sources);
  }
  emit::MemorySink sink;
  for (const auto& generator : emit::all_generators()) generator->generate(*schema, sink);
  generated = sink.files;
  return testing::AssertionSuccess();
}

// Every difference between the expected and the generated files; empty if none.
std::string differences(const FileTree& want, const FileTree& got) {
  std::string report;
  for (const auto& [path, contents] : want) {
    auto found = got.find(path);
    if (found == got.end()) {
      report += "missing: " + path + " (expected, not generated)\n";
    } else {
      report += unified_diff(path, contents, found->second);
    }
  }
  for (const auto& [path, contents] : got) {
    if (!want.contains(path)) report += "extra: " + path + " (generated, not expected)\n";
  }
  return report;
}

class Golden : public testing::TestWithParam<std::string> {};

TEST_P(Golden, GeneratedFilesMatchExpected) {
  const fs::path case_dir = kGoldenDir / GetParam();
  FileTree generated;
  ASSERT_TRUE(build(case_dir / "input", generated));
  if (updating()) {
    replace_tree(case_dir / "expected", generated);
    return;
  }
  std::string report = differences(read_tree(case_dir / "expected"), generated);
  EXPECT_TRUE(report.empty())
      << report << "(LYS_UPDATE_GOLDEN=1 rewrites expected/ when the change is wanted)";
}

INSTANTIATE_TEST_SUITE_P(Cases, Golden, testing::ValuesIn(case_names()),
                         [](const testing::TestParamInfo<std::string>& test) {
                           return test.param;
                         });

// The .lys files of a tree (schemas/ also holds the example's extern C++ sources).
FileTree schema_files(const fs::path& root) {
  FileTree files = read_tree(root);
  std::erase_if(files, [](const auto& file) { return !file.first.ends_with(".lys"); });
  return files;
}

// The catalog case is the example schemas, so their output is under test too.
TEST(GoldenCatalog, InputIsACopyOfTheExampleSchemas) {
  EXPECT_EQ(schema_files(kGoldenDir / "catalog" / "input"), schema_files(kSchemasDir))
      << "copy schemas/*.lys to tests/golden/catalog/input/";
}

}  // namespace
}  // namespace lys::golden
