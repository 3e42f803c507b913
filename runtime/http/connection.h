// One client connection: its socket, the bytes received and not yet served, the
// response bytes not yet written, and the deadline the transport's reaper enforces.
// A connection is handled by one worker at a time (the event that woke the worker
// is one-shot); the reaper reads only `phase` and `deadline`.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <string>

#include "http/request_parser.h"

namespace lys::http {

class Connection {
 public:
  using Clock = std::chrono::steady_clock;

  enum class Phase {
    Idle,     // between requests: closed when the keep-alive timeout passes
    Reading,  // part of a request received: answered 408/400 at its deadline
    Writing,  // a response partly written: closed at its deadline
    Serving,  // a worker holds it; the request deadline bounds the work
    Closing,  // answered and shut for writing: what the client still sends is discarded
              // until it closes, so the answer is not lost to a reset; closed at its deadline
  };

  Connection(int socket, std::string peer) : socket_(socket), peer_(std::move(peer)) {}
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  int socket() const { return socket_; }
  const std::string& peer() const { return peer_; }

  // Appends what the socket holds, up to `max_buffered` bytes in the input; false when
  // the peer has closed its side or the socket failed.
  bool receive(std::size_t max_buffered);
  std::string& input() { return input_; }
  // Drops the first `count` bytes of input (a request served).
  void consume(std::size_t count);

  enum class Flush { Done, Pending, Failed };
  // Queues bytes to write after those already queued.
  void queue(std::string_view bytes) { output_.append(bytes); }
  // Writes what it can of the queued output without waiting.
  Flush flush();

  // When the request now in the input started arriving; the request's deadline runs
  // from then.
  Clock::time_point request_started;
  bool continue_sent = false;    // `100 Continue` written for the request now arriving
  ParseProgress parse_progress;  // of the request now arriving
  std::size_t parse_needed = 0;  // the input length before parsing again can finish
  bool close_after_output = false;
  std::atomic<bool> timed_out{false};  // the reaper ended it: its end of input is a timeout

  std::atomic<Phase> phase{Phase::Idle};
  std::atomic<Clock::rep> deadline{0};
  void set_deadline(Clock::time_point when) { deadline.store(when.time_since_epoch().count()); }
  bool past_deadline(Clock::time_point now) const {
    return now.time_since_epoch().count() >= deadline.load();
  }

 private:
  int socket_;
  std::string peer_;
  std::string input_;
  std::string output_;
  std::size_t output_sent_ = 0;
};

}  // namespace lys::http
