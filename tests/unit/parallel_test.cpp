#include "compiler/emit/parallel.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <vector>

namespace lys {
namespace {

TEST(ParallelFor, RunsEveryIndexOnce) {
  std::vector<int> runs(1000, 0);
  emit::parallel_for(runs.size(), [&](std::size_t i) { ++runs[i]; });
  EXPECT_EQ(runs, std::vector<int>(1000, 1));
}

TEST(ParallelFor, RethrowsTheFailureOfTheLowestIndexAfterRunningTheRest) {
  std::vector<int> runs(100, 0);
  try {
    emit::parallel_for(runs.size(), [&](std::size_t i) {
      ++runs[i];
      if (i == 40 || i == 70) throw std::runtime_error("task " + std::to_string(i));
    });
    FAIL() << "no exception";
  } catch (const std::runtime_error& error) {
    EXPECT_STREQ(error.what(), "task 40");
  }
  EXPECT_EQ(runs, std::vector<int>(100, 1));
}

TEST(ParallelFor, DoesNothingForNoTasks) {
  emit::parallel_for(0, [](std::size_t) { FAIL(); });
}

}  // namespace
}  // namespace lys
