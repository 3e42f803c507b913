// Ends request body reads at the request's deadline. CivetWeb's mg_read waits up to the
// request timeout for each arrival of bytes, so a client trickling its body a byte at a
// time, each just in time, would hold a worker thread for ever. At the deadline the
// watchdog shuts the connection's socket for reading: the blocked read returns, and the
// worker answers and closes the connection.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <thread>

struct mg_request_info;

namespace lys::http {

class ReadWatchdog {
 public:
  using Clock = std::chrono::steady_clock;

  ReadWatchdog();
  ReadWatchdog(const ReadWatchdog&) = delete;
  ReadWatchdog& operator=(const ReadWatchdog&) = delete;
  ~ReadWatchdog();

  // Watches the request's connection while it lives; the connection must stay open as
  // long (it does: the worker holding the guard serves it).
  class Guard {
   public:
    Guard(ReadWatchdog& watchdog, std::uint64_t id) : watchdog_(watchdog), id_(id) {}
    Guard(const Guard&) = delete;
    Guard& operator=(const Guard&) = delete;
    ~Guard() { watchdog_.forget(id_); }

   private:
    ReadWatchdog& watchdog_;
    std::uint64_t id_;
  };

  Guard watch(const mg_request_info& request, Clock::time_point deadline);

 private:
  // The connection as the socket shows it: its peer and the server's port.
  struct Watched {
    Clock::time_point deadline;
    std::string peer_address;
    int peer_port;
    int server_port;
  };

  void forget(std::uint64_t id);
  void run();

  std::mutex mutex_;
  std::condition_variable changed_;
  std::map<std::uint64_t, Watched> watched_;
  std::uint64_t next_id_ = 0;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace lys::http
