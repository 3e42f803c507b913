// Replays the fuzzing corpus. Every file must go through without a crash (the test
// build runs under ASan and UBSan); files named ok_* must have no error and files
// named bad_* at least one. Other files (seeds that need other apps, inputs the fuzzer
// kept) only must not crash.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/fuzz/fuzz_target.h"

namespace lys {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> corpus_files() {
  std::vector<fs::path> files;
  for (const fs::directory_entry& entry : fs::directory_iterator(LYS_FUZZ_CORPUS)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

bool starts_with(const std::string& text, const std::string& prefix) {
  return text.rfind(prefix, 0) == 0;
}

TEST(CorpusReplay, CorpusHasValidAndBrokenSeeds) {
  std::size_t ok = 0, bad = 0;
  for (const fs::path& file : corpus_files()) {
    ok += starts_with(file.filename().string(), "ok_");
    bad += starts_with(file.filename().string(), "bad_");
  }
  EXPECT_GE(ok, 2u);
  EXPECT_GE(bad, 10u);
}

TEST(CorpusReplay, EveryFileGivesDiagnosticsNotACrash) {
  for (const fs::path& file : corpus_files()) {
    std::string name = file.filename().string();
    SCOPED_TRACE(name);
    fuzz::FrontEndRun run = fuzz::run_front_end(read_bytes(file));
    if (starts_with(name, "ok_")) {
      EXPECT_EQ(run.errors, 0u) << run.rendered;
    }
    if (starts_with(name, "bad_")) {
      EXPECT_GT(run.errors, 0u);
    }
    EXPECT_EQ(run.errors > 0, !run.rendered.empty());
  }
}

}  // namespace
}  // namespace lys
