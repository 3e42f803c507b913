// The ceiling of the server load benchmark: how many times per second bare libpq can
// run the statement catalog-server runs for a workload, with the same concurrency.
// Each thread owns one connection, prepares the statement once and executes it in a
// loop, reading the JSON cell of its result as the server does; the parameter sets
// are taken in turn.
//
//   libpq_ceiling URL SQL_FILE PARAMS_FILE THREADS SECONDS
//
// SQL_FILE holds the statement's exact text. PARAMS_FILE holds one parameter set per
// line, values separated by tabs, `\N` for NULL. Prints statements/s, p50 and p99.
#include <libpq-fe.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <latch>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using ParamSet = std::vector<std::string>;  // "\N" stands for NULL

std::string read_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(std::string("cannot read ") + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<ParamSet> read_param_sets(const char* path) {
  std::vector<ParamSet> sets;
  std::istringstream lines(read_file(path));
  for (std::string line; std::getline(lines, line);) {
    ParamSet set;
    std::size_t start = 0;
    while (!line.empty()) {
      std::size_t tab = line.find('\t', start);
      set.push_back(line.substr(start, tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    sets.push_back(std::move(set));
  }
  if (sets.empty()) sets.emplace_back();  // a statement without parameters
  return sets;
}

struct Work {
  std::string url;
  std::string sql;
  std::vector<ParamSet> param_sets;
  Clock::duration duration;
};

struct ThreadResult {
  std::vector<std::uint32_t> latencies_us;
  std::string error;
};

void check(PGresult* result, PGconn* connection) {
  ExecStatusType status = PQresultStatus(result);
  bool ok = status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK;
  if (!ok) {
    std::string message = PQerrorMessage(connection);
    PQclear(result);
    throw std::runtime_error(message);
  }
}

void run_thread(const Work& work, std::size_t thread, std::latch& ready, ThreadResult& out) {
  PGconn* connection = PQconnectdb(work.url.c_str());
  try {
    if (PQstatus(connection) != CONNECTION_OK) throw std::runtime_error(PQerrorMessage(connection));
    int param_count = static_cast<int>(work.param_sets.front().size());
    PGresult* prepared = PQprepare(connection, "s1", work.sql.c_str(), param_count, nullptr);
    check(prepared, connection);
    PQclear(prepared);
    ready.arrive_and_wait();

    std::vector<const char*> values(static_cast<std::size_t>(param_count));
    std::size_t next = thread;  // threads start on different parameter sets
    std::size_t json_bytes = 0;
    auto deadline = Clock::now() + work.duration;
    for (auto started = Clock::now(); started < deadline; started = Clock::now()) {
      const ParamSet& set = work.param_sets[next++ % work.param_sets.size()];
      for (std::size_t i = 0; i < set.size(); ++i) {
        values[i] = set[i] == "\\N" ? nullptr : set[i].c_str();
      }
      PGresult* result = PQexecPrepared(connection, "s1", param_count, values.data(), nullptr,
                                        nullptr, /*resultFormat=*/0);
      check(result, connection);
      if (PQntuples(result) > 0) json_bytes += std::string(PQgetvalue(result, 0, 0)).size();
      PQclear(result);
      auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started);
      out.latencies_us.push_back(static_cast<std::uint32_t>(elapsed.count()));
    }
    if (json_bytes == 0) throw std::runtime_error("the statement returned no JSON");
  } catch (const std::exception& error) {
    out.error = error.what();
    ready.count_down();  // never leave the others waiting; they stop at their deadline
  }
  PQfinish(connection);
}

double percentile(std::vector<std::uint32_t>& sorted, double fraction) {
  if (sorted.empty()) return 0;
  auto index = static_cast<std::size_t>(fraction * static_cast<double>(sorted.size() - 1));
  return sorted[index] / 1000.0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 6) {
    std::fprintf(stderr, "usage: %s URL SQL_FILE PARAMS_FILE THREADS SECONDS\n", argv[0]);
    return 2;
  }
  try {
    Work work{argv[1], read_file(argv[2]), read_param_sets(argv[3]),
              std::chrono::seconds(std::atoi(argv[5]))};
    auto threads = static_cast<std::size_t>(std::max(1, std::atoi(argv[4])));
    std::vector<ThreadResult> results(threads);
    std::latch ready(static_cast<std::ptrdiff_t>(threads));
    std::vector<std::jthread> workers;
    for (std::size_t t = 0; t < threads; ++t) {
      workers.emplace_back([&, t] { run_thread(work, t, ready, results[t]); });
    }
    workers.clear();  // joins
    // Every thread runs for the duration once all are connected and prepared.
    double seconds = std::chrono::duration<double>(work.duration).count();

    std::vector<std::uint32_t> latencies;
    for (const ThreadResult& result : results) {
      if (!result.error.empty()) throw std::runtime_error(result.error);
      latencies.insert(latencies.end(), result.latencies_us.begin(), result.latencies_us.end());
    }
    std::sort(latencies.begin(), latencies.end());
    std::printf("statements/s %.0f  p50 %.2f ms  p99 %.2f ms  (%zu statements, %zu threads)\n",
                static_cast<double>(latencies.size()) / seconds, percentile(latencies, 0.50),
                percentile(latencies, 0.99), latencies.size(), threads);
  } catch (const std::exception& error) {
    std::fprintf(stderr, "libpq_ceiling: %s\n", error.what());
    return 1;
  }
  return 0;
}
