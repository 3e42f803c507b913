// Runs the front end on every case of the corpus and compares the diagnostics it
// reports with the `// expect: LINE:COL: SEVERITY: MESSAGE` comments of the case
// (`// expect: FILE:LINE:COL: …` for another file of a multi-file case). Both
// lists must match exactly; a failure prints the difference as -want +got.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "compiler/frontend/compile.h"

namespace lys {
namespace {

namespace fs = std::filesystem;

// "file:line:col: severity: message" split so lists sort by position.
struct Entry {
  std::string file;
  int line = 0;
  int column = 0;
  std::string rest;  // "severity: message"

  friend auto operator<=>(const Entry&, const Entry&) = default;

  std::string str() const {
    std::string out = file.empty() ? "" : file + ":";
    if (line > 0) out += std::to_string(line) + ":" + std::to_string(column) + ": ";
    return out + rest;
  }
};

std::vector<fs::path> case_files(const fs::path& test_case) {
  if (!fs::is_directory(test_case)) return {test_case};
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(test_case)) {
    if (entry.path().extension() == ".lys") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// The name a diagnostic's file goes by: empty for a single-file case.
std::string display_name(const fs::path& test_case, const fs::path& file) {
  return fs::is_directory(test_case) ? fs::relative(file, test_case).generic_string() : "";
}

// Parses "[file:]line:col: rest"; lines without a position keep only `rest`.
Entry parse_entry(const std::string& text, const std::string& default_file) {
  Entry entry;
  std::string body = text;
  if (!body.empty() && !std::isdigit(static_cast<unsigned char>(body[0]))) {
    std::size_t colon = body.find(':');
    std::size_t after = colon == std::string::npos ? 0 : colon + 1;
    if (colon != std::string::npos && after < body.size() &&
        std::isdigit(static_cast<unsigned char>(body[after]))) {
      entry.file = body.substr(0, colon);
      body = body.substr(after);
    } else {
      entry.rest = body;
      return entry;
    }
  } else {
    entry.file = default_file;
  }
  std::size_t first = body.find(':');
  std::size_t second = body.find(':', first + 1);
  entry.line = std::stoi(body.substr(0, first));
  entry.column = std::stoi(body.substr(first + 1, second - first - 1));
  entry.rest = body.substr(second + 2);
  return entry;
}

std::vector<Entry> expected_entries(const fs::path& test_case) {
  static const std::string kMarker = "// expect: ";
  std::vector<Entry> entries;
  for (const fs::path& file : case_files(test_case)) {
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
      std::size_t at = line.find(kMarker);
      if (at == std::string::npos) continue;
      entries.push_back(
          parse_entry(line.substr(at + kMarker.size()), display_name(test_case, file)));
    }
  }
  std::sort(entries.begin(), entries.end());
  return entries;
}

const char* severity_name(Severity severity) {
  return severity == Severity::Error ? "error" : severity == Severity::Warning ? "warning" : "note";
}

void add_entry(std::vector<Entry>& out, const Diagnostic& diagnostic, const SourceManager& sources,
               const fs::path& test_case) {
  Entry entry;
  entry.rest = std::string(severity_name(diagnostic.severity)) + ": " + diagnostic.message;
  if (diagnostic.span.file < sources.file_count()) {
    entry.file = display_name(test_case, sources.path(diagnostic.span.file));
    entry.line = static_cast<int>(diagnostic.span.begin.line) + 1;
    entry.column = static_cast<int>(diagnostic.span.begin.column) + 1;
  }
  out.push_back(entry);
  for (const Diagnostic& note : diagnostic.notes) add_entry(out, note, sources, test_case);
}

std::vector<Entry> actual_entries(const fs::path& test_case, bool& analysed) {
  SourceManager sources;
  DiagnosticEngine diagnostics;
  std::optional<ir::Schema> schema = frontend::compile({test_case.string()}, sources, diagnostics);
  analysed = schema.has_value();
  std::vector<Entry> entries;
  for (const Diagnostic& diagnostic : diagnostics.diagnostics()) {
    add_entry(entries, diagnostic, sources, test_case);
  }
  std::sort(entries.begin(), entries.end());
  return entries;
}

// -want +got, over the sorted lists.
std::string difference(const std::vector<Entry>& want, const std::vector<Entry>& got) {
  std::vector<Entry> missing, extra;
  std::set_difference(want.begin(), want.end(), got.begin(), got.end(),
                      std::back_inserter(missing));
  std::set_difference(got.begin(), got.end(), want.begin(), want.end(), std::back_inserter(extra));
  std::string out;
  for (const Entry& entry : missing) out += "-" + entry.str() + "\n";
  for (const Entry& entry : extra) out += "+" + entry.str() + "\n";
  return out;
}

std::vector<fs::path> all_cases() {
  std::vector<fs::path> cases;
  for (const auto& entry : fs::directory_iterator(LYS_DIAGNOSTIC_CASES)) {
    if (entry.is_directory() || entry.path().extension() == ".lys") cases.push_back(entry.path());
  }
  std::sort(cases.begin(), cases.end());
  return cases;
}

class DiagnosticsCorpus : public testing::TestWithParam<fs::path> {};

TEST_P(DiagnosticsCorpus, ReportsExactlyTheExpectedDiagnostics) {
  const fs::path& test_case = GetParam();
  std::vector<Entry> want = expected_entries(test_case);
  bool analysed = false;
  std::vector<Entry> got = actual_entries(test_case, analysed);
  EXPECT_EQ(difference(want, got), "") << "in " << test_case.filename();
  // The IR comes back exactly when no error was reported.
  const bool any_error = std::any_of(got.begin(), got.end(), [](const Entry& entry) {
    return entry.rest.rfind("error: ", 0) == 0;
  });
  EXPECT_EQ(analysed, !any_error);
}

TEST(DiagnosticsCorpus, HasEnoughCasesAndSomeValidOnes) {
  std::vector<fs::path> cases = all_cases();
  EXPECT_GE(cases.size(), 60u);
  std::size_t valid = std::count_if(cases.begin(), cases.end(),
                                    [](const fs::path& c) { return expected_entries(c).empty(); });
  EXPECT_GE(valid, 3u);
}

INSTANTIATE_TEST_SUITE_P(Cases, DiagnosticsCorpus, testing::ValuesIn(all_cases()),
                         [](const testing::TestParamInfo<fs::path>& param_info) {
                           std::string name = param_info.param.stem().string();
                           for (char& c : name) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

}  // namespace
}  // namespace lys
