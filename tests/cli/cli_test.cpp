// Runs the lysc binary in a scratch directory and checks what a user sees.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

namespace {

struct Outcome {
  int status = -1;
  std::string out;
  std::string err;
};

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void write_file(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

// Every regular file under `root`, by relative path.
std::map<std::string, std::string> read_tree(const fs::path& root) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file()) {
      files[fs::relative(entry.path(), root).generic_string()] = read_file(entry.path());
    }
  }
  return files;
}

class Lysc : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("lysc-cli-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs `lysc ARGS` in the scratch directory.
  Outcome lysc(const std::string& args) {
    fs::path out = dir_ / ".stdout", err = dir_ / ".stderr";
    std::string command = "cd '" + dir_.string() + "' && '" LYSC_PATH "' " + args + " >'" +
                          out.string() + "' 2>'" + err.string() + "'";
    int raw = std::system(command.c_str());
    Outcome run{WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, read_file(out), read_file(err)};
    fs::remove(out);
    fs::remove(err);
    return run;
  }

  fs::path dir_;
};

const std::string kSource = LYS_SOURCE_DIR;

TEST_F(Lysc, HelpListsEveryCommand) {
  Outcome run = lysc("--help");
  EXPECT_EQ(run.status, 0);
  for (const char* command : {"check", "build", "sdl", "fmt", "migrate diff", "--allow-destructive",
                              "--check", "--migrations", "--name"}) {
    EXPECT_NE(run.out.find(command), std::string::npos) << command;
  }
  EXPECT_EQ(lysc("--version").status, 0);
}

TEST_F(Lysc, UsageErrorsExitTwo) {
  Outcome run = lysc("frobnicate schemas");
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.err, "lysc: unknown command 'frobnicate'\nTry 'lysc --help'.\n");
  EXPECT_EQ(lysc("").status, 2);
  EXPECT_EQ(lysc("build schemas").status, 2);
  Outcome missing = lysc("check no/such/dir");
  EXPECT_EQ(missing.status, 2);
  EXPECT_EQ(missing.err, "lysc: error: no such file or directory: no/such/dir\n");
}

TEST_F(Lysc, SchemaErrorsExitOneWithLocatedDiagnostics) {
  write_file(dir_ / "broken.lys", "app shop {\n  entity Item {\n    name string\n  }\n}\n");
  Outcome run = lysc("check broken.lys");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.err.rfind("broken.lys:3:10: error: ", 0), 0u) << run.err;
  EXPECT_NE(run.err.find("\n    name string\n         ^"), std::string::npos) << run.err;
}

TEST_F(Lysc, ExampleSchemasCheckCleanly) {
  Outcome run = lysc("check '" + kSource + "/schemas'");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.err, "");
}

TEST_F(Lysc, BuildIsDeterministicAndMatchesTheCommittedOutput) {
  ASSERT_EQ(lysc("build '" + kSource + "/schemas' -o first").status, 0);
  ASSERT_EQ(lysc("build '" + kSource + "/schemas' -o second").status, 0);
  auto first = read_tree(dir_ / "first");
  EXPECT_EQ(first, read_tree(dir_ / "second"));
  for (const char* expected :
       {"schema.graphql", "schema.json", "sql/postgres/schema.sql", "sql/sqlite/schema.sql"}) {
    EXPECT_TRUE(first.contains(expected)) << expected;
  }
  auto committed = read_tree(kSource + "/generated");
  EXPECT_EQ(first, committed)
      << "generated/ is stale: run `lysc build schemas -o generated` and commit it";
}

TEST_F(Lysc, BuildRemovesFilesItNoLongerProduces) {
  write_file(dir_ / "out/unrelated.txt", "kept");
  ASSERT_EQ(lysc("build '" + kSource + "/schemas' -o out").status, 0);
  write_file(dir_ / "out/old.graphql", "stale");
  // Files of an earlier layout (one pair per entity) and of a removed app.
  write_file(dir_ / "out/cpp/catalog/product.h", "stale");
  write_file(dir_ / "out/cpp/gone/gone.h", "stale");
  std::string manifest = read_file(dir_ / "out/.lysc-manifest");
  write_file(dir_ / "out/.lysc-manifest",
             manifest + "old.graphql\ncpp/catalog/product.h\ncpp/gone/gone.h\n");
  ASSERT_EQ(lysc("build '" + kSource + "/schemas' -o out").status, 0);
  EXPECT_FALSE(fs::exists(dir_ / "out/old.graphql"));
  EXPECT_FALSE(fs::exists(dir_ / "out/cpp/catalog/product.h"));
  EXPECT_TRUE(fs::exists(dir_ / "out/cpp/catalog/catalog.h"));
  EXPECT_FALSE(fs::exists(dir_ / "out/cpp/gone"));
  EXPECT_TRUE(fs::exists(dir_ / "out/unrelated.txt"));
  EXPECT_TRUE(fs::exists(dir_ / "out/schema.graphql"));
}

TEST_F(Lysc, CommittedMigrationsAreUpToDate) {
  fs::copy(kSource + "/migrations", dir_ / "migrations", fs::copy_options::recursive);
  Outcome run = lysc("migrate diff '" + kSource + "/schemas' --migrations migrations --name next");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, "no changes: no migration written\n")
      << "migrations/ is stale: run scripts/run-example.sh and commit the new migration";
  EXPECT_EQ(read_tree(dir_ / "migrations"), read_tree(kSource + "/migrations"));
}

TEST_F(Lysc, MigrateDiffWritesOneMigrationPerDialectThenNothing) {
  write_file(dir_ / "v1/shop.lys", "app shop {\n  entity Item {\n    name: string(80)\n  }\n}\n");
  Outcome first = lysc("migrate diff v1 --migrations m --name initial");
  ASSERT_EQ(first.status, 0) << first.err;
  EXPECT_TRUE(fs::exists(dir_ / "m/postgres/0001_initial.sql"));
  EXPECT_TRUE(fs::exists(dir_ / "m/sqlite/0001_initial.sql"));
  EXPECT_TRUE(fs::exists(dir_ / "m/snapshots/0001_initial.json"));
  EXPECT_EQ(lysc("migrate diff v1 --migrations m --name again").out,
            "no changes: no migration written\n");

  write_file(dir_ / "v2/shop.lys",
             "app shop {\n  entity Item {\n    name: string(80)\n    stock: int = 0\n  }\n}\n");
  ASSERT_EQ(lysc("migrate diff v2 --migrations m --name add_stock").status, 0);
  std::string sql = read_file(dir_ / "m/postgres/0002_add_stock.sql");
  EXPECT_NE(sql.find("-- lys:up"), std::string::npos);
  EXPECT_NE(sql.find("stock"), std::string::npos);

  // Dropping the field loses data: refused, nothing written, unless allowed.
  Outcome refused = lysc("migrate diff v1 --migrations m --name drop_stock");
  EXPECT_EQ(refused.status, 1);
  EXPECT_NE(refused.err.find("stock"), std::string::npos) << refused.err;
  EXPECT_NE(refused.err.find("--allow-destructive"), std::string::npos) << refused.err;
  EXPECT_FALSE(fs::exists(dir_ / "m/postgres/0003_drop_stock.sql"));
  EXPECT_EQ(lysc("migrate diff v1 --migrations m --name drop_stock --allow-destructive").status, 0);
  EXPECT_TRUE(fs::exists(dir_ / "m/postgres/0003_drop_stock.sql"));
}

TEST_F(Lysc, FmtCheckReportsUnformattedFilesAndFmtFixesThem) {
  EXPECT_EQ(lysc("fmt --check '" + kSource + "/schemas'").status, 0);
  write_file(dir_ / "messy.lys", "app shop{entity Item{name:string(80) stock:int=0}}\n");
  Outcome check = lysc("fmt --check messy.lys");
  EXPECT_EQ(check.status, 1);
  EXPECT_EQ(check.out, "messy.lys\n");
  EXPECT_EQ(lysc("fmt messy.lys").status, 0);
  EXPECT_EQ(lysc("fmt --check messy.lys").status, 0);
  EXPECT_EQ(lysc("check messy.lys").status, 0);
}

TEST_F(Lysc, SdlPrintsTheSchema) {
  Outcome run = lysc("sdl '" + kSource + "/schemas'");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("type Product implements Node"), std::string::npos);
  EXPECT_EQ(run.out, read_file(kSource + "/generated/schema.graphql"));
}

}  // namespace
