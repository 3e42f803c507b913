// Replays the fuzzing corpora. Every file must go through without a crash (the test
// build runs under ASan and UBSan). In corpus/ (the front end), files named ok_* must
// have no error and files named bad_* at least one; in http_corpus/ (the request parser),
// ok_* must parse into whole requests and bad_* be refused, and every result must keep
// the parser's invariants; in graphql_corpus/ (the GraphQL engine), ok_* must run without
// errors and bad_* give errors, and every response must keep the engine's invariants;
// in token_corpus/ (token verification), ok_* must be accepted and bad_* refused.
// Other files (seeds that need other apps, inputs the fuzzer kept) only must not crash.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/fuzz/fuzz_target.h"
#include "tests/fuzz/graphql_target.h"
#include "tests/fuzz/request_target.h"
#include "tests/fuzz/token_target.h"

namespace lys {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> corpus_files(const char* corpus) {
  std::vector<fs::path> files;
  for (const fs::directory_entry& entry : fs::directory_iterator(corpus)) {
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

std::size_t count_named(const char* corpus, const std::string& prefix) {
  std::vector<fs::path> files = corpus_files(corpus);
  return static_cast<std::size_t>(std::count_if(
      files.begin(), files.end(),
      [&](const fs::path& file) { return starts_with(file.filename().string(), prefix); }));
}

// What a corpus file's name says of it: ok_* and bad_* seeds carry expectations.
enum class Seed { ok, bad, other };

// Runs `check` on the bytes and kind of every file of `corpus`, traced by its name.
template <typename Check>
void check_each_file(const char* corpus, Check check) {
  for (const fs::path& file : corpus_files(corpus)) {
    const std::string name = file.filename().string();
    SCOPED_TRACE(name);
    const Seed seed = starts_with(name, "ok_")    ? Seed::ok
                      : starts_with(name, "bad_") ? Seed::bad
                                                  : Seed::other;
    check(read_bytes(file), seed);
  }
}

TEST(CorpusReplay, CorpusHasValidAndBrokenSeeds) {
  EXPECT_GE(count_named(LYS_FUZZ_CORPUS, "ok_"), 2u);
  EXPECT_GE(count_named(LYS_FUZZ_CORPUS, "bad_"), 10u);
}

TEST(CorpusReplay, EveryFileGivesDiagnosticsNotACrash) {
  check_each_file(LYS_FUZZ_CORPUS, [](const std::string& bytes, Seed seed) {
    fuzz::FrontEndRun run = fuzz::run_front_end(bytes);
    if (seed == Seed::ok) {
      EXPECT_EQ(run.errors, 0u) << run.rendered;
    }
    if (seed == Seed::bad) {
      EXPECT_GT(run.errors, 0u);
    }
    EXPECT_EQ(run.errors > 0, !run.rendered.empty());
  });
}

TEST(HttpCorpusReplay, CorpusHasValidAndBrokenRequests) {
  EXPECT_GE(count_named(LYS_HTTP_CORPUS, "ok_"), 3u);
  EXPECT_GE(count_named(LYS_HTTP_CORPUS, "bad_"), 5u);
}

TEST(HttpCorpusReplay, EveryFileKeepsTheRequestParsersInvariants) {
  using State = http::ParseResult::State;
  check_each_file(LYS_HTTP_CORPUS, [](const std::string& bytes, Seed seed) {
    fuzz::RequestRun run = fuzz::run_request_parser(bytes, fuzz::kRequestFuzzLimits);
    EXPECT_EQ(run.broken, "");
    if (seed == Seed::ok) {
      EXPECT_GE(run.complete, 1u);
      EXPECT_EQ(run.last, State::Incomplete);
      EXPECT_EQ(run.left_over, 0u);
    }
    if (seed == Seed::bad) {
      EXPECT_EQ(run.last, State::Refused);
    }
  });
}

TEST(GraphqlCorpusReplay, CorpusHasValidAndBrokenRequests) {
  EXPECT_GE(count_named(LYS_GRAPHQL_CORPUS, "ok_"), 5u);
  EXPECT_GE(count_named(LYS_GRAPHQL_CORPUS, "bad_"), 10u);
}

TEST(GraphqlCorpusReplay, EveryFileGetsAWellFormedResponse) {
  check_each_file(LYS_GRAPHQL_CORPUS, [](const std::string& bytes, Seed seed) {
    fuzz::GraphqlRun run = fuzz::run_graphql(bytes);
    EXPECT_EQ(run.broken, "");
    if (seed == Seed::ok) {
      EXPECT_TRUE(run.ran);
      EXPECT_EQ(run.http_status, 200);
      EXPECT_FALSE(run.has_errors);
    }
    if (seed == Seed::bad) {
      EXPECT_TRUE(run.ran);
      EXPECT_TRUE(run.has_errors);
    }
  });
}

TEST(TokenCorpusReplay, CorpusHasAcceptedAndRefusedTokens) {
  EXPECT_GE(count_named(LYS_TOKEN_CORPUS, "ok_"), 3u);
  EXPECT_GE(count_named(LYS_TOKEN_CORPUS, "bad_"), 10u);
}

TEST(TokenCorpusReplay, EveryFileIsAcceptedOrRefusedAsNamed) {
  check_each_file(LYS_TOKEN_CORPUS, [](const std::string& bytes, Seed seed) {
    fuzz::TokenRun run = fuzz::run_token(bytes);
    EXPECT_EQ(run.broken, "");
    if (seed == Seed::ok) {
      EXPECT_EQ(run.rejection, auth::Rejection::none);
    }
    if (seed == Seed::bad) {
      EXPECT_NE(run.rejection, auth::Rejection::none);
    }
  });
}

}  // namespace
}  // namespace lys
