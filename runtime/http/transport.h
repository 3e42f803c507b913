// The HTTP/1.1 transport: accepts connections and serves their requests on a small
// pool of worker threads. A worker waits for readiness, not for one connection: every
// worker shares one epoll instance in which each connection is armed one-shot, so a
// worker that has answered a request takes whichever connection is ready next without
// going to sleep, and an idle or slow client holds no thread. Requests are read whole
// (head and body, within the limits) before a worker serves them; a reaper thread
// enforces the keep-alive timeout, the request deadline while a request arrives and
// while its response is written, and the grace period of a closing connection.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

#include "http/connection.h"
#include "http/request.h"
#include "http/request_parser.h"

namespace lys::http {

// What the transport serves requests with. Neither function may throw.
class RequestHandler {
 public:
  virtual ~RequestHandler() = default;

  struct Reply {
    std::string bytes;  // the whole response
    bool keep_alive = true;
  };
  // A complete request, whose first byte arrived at `started`.
  virtual Reply serve(const Request& request, std::chrono::steady_clock::time_point started) = 0;
  // The response to a request refused before it could be served (malformed, too large,
  // too slow); the connection closes after it.
  virtual std::string refuse(int status, std::string_view reason) = 0;
};

struct TransportOptions {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0: any free port
  int threads = 8;  // requests served at once
  std::size_t max_connections = 4096;
  ParseLimits limits;
  std::chrono::milliseconds request_timeout{10000};
  std::chrono::milliseconds keep_alive_timeout{5000};
};

class Transport {
 public:
  Transport(TransportOptions options, RequestHandler& handler);
  Transport(const Transport&) = delete;
  Transport& operator=(const Transport&) = delete;
  ~Transport();

  // Listens and starts the threads; throws std::runtime_error when it cannot listen.
  void start();
  int port() const { return port_; }
  // Stops accepting, lets each worker finish the request it serves, closes every
  // connection.
  void stop();

 private:
  using Clock = std::chrono::steady_clock;

  void accept_connections();
  void work();
  void reap();

  void serve_ready(Connection& connection);
  void serve_input(Connection& connection, bool peer_open);
  void answer_and_close(Connection& connection, std::string bytes);
  // Writes the queued output; what the socket does not take now is written when it
  // can (Writing). Returns whether all of it was written.
  bool write_or_wait(Connection& connection);
  void close_gracefully(Connection& connection);
  void wait(Connection& connection, Connection::Phase phase, Clock::time_point deadline);
  void rearm(Connection& connection, Connection::Phase phase);
  void close(Connection& connection);

  TransportOptions options_;
  RequestHandler& handler_;
  int port_ = 0;
  int listen_socket_ = -1;
  int epoll_ = -1;
  int wake_ = -1;  // an eventfd: readable once stop() begins, waking every worker
  std::atomic<bool> stopping_{false};

  std::mutex connections_mutex_;
  std::unordered_map<int, std::unique_ptr<Connection>> connections_;  // by socket

  std::thread acceptor_;
  std::vector<std::thread> workers_;
  std::thread reaper_;
  std::mutex reaper_mutex_;
  std::condition_variable reaper_wake_;
};

}  // namespace lys::http
