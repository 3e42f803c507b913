#include "http/read_watchdog.h"

#include <arpa/inet.h>
#include <civetweb.h>
#include <dirent.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <string_view>

namespace lys::http {

namespace {

// The address and port of a socket address, as CivetWeb prints them.
bool describe(const sockaddr_storage& address, std::string& text, int& port) {
  std::array<char, INET6_ADDRSTRLEN> buffer{};
  if (address.ss_family == AF_INET) {
    sockaddr_in v4{};
    std::memcpy(&v4, &address, sizeof v4);
    inet_ntop(AF_INET, &v4.sin_addr, buffer.data(), buffer.size());
    port = ntohs(v4.sin_port);
  } else if (address.ss_family == AF_INET6) {
    sockaddr_in6 v6{};
    std::memcpy(&v6, &address, sizeof v6);
    inet_ntop(AF_INET6, &v6.sin6_addr, buffer.data(), buffer.size());
    port = ntohs(v6.sin6_port);
  } else {
    return false;
  }
  text = buffer.data();
  return true;
}

// CivetWeb keeps its sockets to itself: the connection's is found among the process's
// descriptors by its two ends, unique among open connections.
int find_socket(const std::string& peer_address, int peer_port, int server_port) {
  DIR* descriptors = opendir("/proc/self/fd");
  if (descriptors == nullptr) return -1;
  int found = -1;
  while (dirent* entry = readdir(descriptors)) {
    int fd = -1;
    std::string_view name = entry->d_name;
    if (std::from_chars(name.data(), name.data() + name.size(), fd).ec != std::errc()) continue;
    sockaddr_storage local{};
    sockaddr_storage peer{};
    socklen_t local_size = sizeof local;
    socklen_t peer_size = sizeof peer;
    if (getsockname(fd, reinterpret_cast<sockaddr*>(&local), &local_size) != 0 ||
        getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &peer_size) != 0) {
      continue;
    }
    std::string local_text;
    std::string peer_text;
    int local_port = 0;
    int port = 0;
    if (describe(local, local_text, local_port) && describe(peer, peer_text, port) &&
        local_port == server_port && port == peer_port && peer_text == peer_address) {
      found = fd;
      break;
    }
  }
  closedir(descriptors);
  return found;
}

}  // namespace

ReadWatchdog::ReadWatchdog() : thread_([this] { run(); }) {}

ReadWatchdog::~ReadWatchdog() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

ReadWatchdog::Guard ReadWatchdog::watch(const mg_request_info& request,
                                        Clock::time_point deadline) {
  std::uint64_t id = 0;
  bool sooner = true;  // than the deadline the watchdog waits for: it must know
  {
    std::lock_guard lock(mutex_);
    for (const auto& [other, watched] : watched_) sooner = sooner && deadline < watched.deadline;
    id = next_id_++;
    watched_.emplace(
        id, Watched{deadline, request.remote_addr, request.remote_port, request.server_port});
  }
  if (sooner) changed_.notify_all();
  return Guard(*this, id);
}

void ReadWatchdog::forget(std::uint64_t id) {
  std::lock_guard lock(mutex_);
  watched_.erase(id);
}

void ReadWatchdog::run() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    Clock::time_point next = Clock::time_point::max();
    for (const auto& [id, watched] : watched_) next = std::min(next, watched.deadline);
    if (next == Clock::time_point::max()) {
      changed_.wait(lock);
      continue;
    }
    changed_.wait_until(lock, next);
    const Clock::time_point now = Clock::now();
    for (auto it = watched_.begin(); it != watched_.end();) {
      if (it->second.deadline > now) {
        ++it;
        continue;
      }
      // Under the lock: the worker is still inside its read, so the socket is its own.
      const Watched& watched = it->second;
      int fd = find_socket(watched.peer_address, watched.peer_port, watched.server_port);
      if (fd >= 0) shutdown(fd, SHUT_RD);
      it = watched_.erase(it);
    }
  }
}

}  // namespace lys::http
