// The formatter's contract on whole files: the example schemas are already in the
// canonical layout, and on every input (the schemas and the messy inputs/*.lys)
// formatting keeps the tree and the comments and is idempotent.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "compiler/fmt/format.h"
#include "fmt_support.h"
#include "tree_dump.h"

namespace lys::testing {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> lys_files(const std::string& directory) {
  std::vector<std::string> files;
  for (const fs::directory_entry& entry : fs::directory_iterator(directory)) {
    if (entry.path().extension() == ".lys") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::string> schema_files() {
  return lys_files(std::string(LYS_SOURCE_DIR) + "/schemas");
}

std::vector<std::string> all_inputs() {
  std::vector<std::string> files = schema_files();
  for (const std::string& file : lys_files(std::string(LYS_SOURCE_DIR) + "/tests/fmt/inputs")) {
    files.push_back(file);
  }
  return files;
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
  fs::path path(info.param);
  std::string name = path.parent_path().filename().string() + "_" + path.stem().string();
  std::replace_if(
      name.begin(), name.end(), [](char c) { return !std::isalnum(c); }, '_');
  return name;
}

class EveryInput : public ::testing::TestWithParam<std::string> {};

TEST_P(EveryInput, FormattingKeepsTheTreeAndTheComments) {
  Parsed original = parse_text(read_text(GetParam()));
  ASSERT_EQ(original.errors, "");
  std::string formatted = format_file(original.file, original.sources);
  Parsed reparsed = parse_text(formatted);
  ASSERT_EQ(reparsed.errors, "") << formatted;
  EXPECT_EQ(dump_tree(reparsed.file), dump_tree(original.file)) << formatted;
  EXPECT_EQ(dump_comments(reparsed.file), dump_comments(original.file)) << formatted;
}

TEST_P(EveryInput, FormattingTwiceChangesNothing) {
  std::string once = format_text(read_text(GetParam()));
  EXPECT_EQ(format_text(once), once);
}

INSTANTIATE_TEST_SUITE_P(Fmt, EveryInput, ::testing::ValuesIn(all_inputs()), test_name);

class ExampleSchema : public ::testing::TestWithParam<std::string> {};

TEST_P(ExampleSchema, IsAlreadyCanonical) {
  std::string text = read_text(GetParam());
  EXPECT_EQ(format_text(text), text);
}

INSTANTIATE_TEST_SUITE_P(Fmt, ExampleSchema, ::testing::ValuesIn(schema_files()), test_name);

}  // namespace
}  // namespace lys::testing
