#include "compiler/cli/options.h"

#include <gtest/gtest.h>

namespace lys::cli {
namespace {

TEST(CliOptions, ParsesEveryCommand) {
  auto build = parse_arguments({"build", "schemas", "-o", "generated"});
  ASSERT_TRUE(build.options) << build.error;
  EXPECT_EQ(build.options->command, Command::Build);
  EXPECT_EQ(build.options->inputs, std::vector<std::string>{"schemas"});
  EXPECT_EQ(build.options->output_dir, "generated");

  auto diff = parse_arguments({"migrate", "diff", "a.lys", "b", "--migrations", "m", "--name",
                               "add_stock", "--allow-destructive"});
  ASSERT_TRUE(diff.options) << diff.error;
  EXPECT_EQ(diff.options->command, Command::MigrateDiff);
  EXPECT_EQ(diff.options->inputs, (std::vector<std::string>{"a.lys", "b"}));
  EXPECT_EQ(diff.options->migrations_dir, "m");
  EXPECT_EQ(diff.options->migration_name, "add_stock");
  EXPECT_TRUE(diff.options->allow_destructive);

  auto fmt = parse_arguments({"fmt", "--check", "schemas"});
  ASSERT_TRUE(fmt.options);
  EXPECT_TRUE(fmt.options->check_only);

  EXPECT_EQ(parse_arguments({"--version"}).options->command, Command::Version);
  EXPECT_EQ(parse_arguments({"sdl", "x", "--help"}).options->command, Command::Help);
}

TEST(CliOptions, RejectsMalformedCommandLines) {
  EXPECT_EQ(parse_arguments({}).error, "missing command");
  EXPECT_EQ(parse_arguments({"compile", "x"}).error, "unknown command 'compile'");
  EXPECT_EQ(parse_arguments({"check"}).error, "no input files or directories");
  EXPECT_EQ(parse_arguments({"build", "schemas"}).error,
            "build needs an output directory (-o DIR)");
  EXPECT_EQ(parse_arguments({"build", "schemas", "-o"}).error, "option '-o' needs a value");
  EXPECT_EQ(parse_arguments({"check", "x", "--allow-destructive"}).error,
            "unknown option '--allow-destructive'");
  EXPECT_EQ(parse_arguments({"migrate", "x"}).error, "expected 'migrate diff'");
  EXPECT_EQ(parse_arguments({"migrate", "diff", "x", "--name", "n"}).error,
            "migrate diff needs --migrations DIR");
  EXPECT_EQ(parse_arguments({"sdl", "x", "-o", "d"}).error, "-o is only for build");
}

}  // namespace
}  // namespace lys::cli
