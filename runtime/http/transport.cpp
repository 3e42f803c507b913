#include "http/transport.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <stdexcept>

#include "http/listen_socket.h"

namespace lys::http {

namespace {

using Phase = Connection::Phase;

// How often the reaper looks for connections past their deadline.
constexpr auto kReaperTick = std::chrono::milliseconds(100);
// How long a connection closed after an answer keeps discarding what the client sends.
constexpr auto kClosingGrace = std::chrono::seconds(1);
// Room for a request at the limits, plus the start of a pipelined one.
constexpr std::size_t kInputSlack = 64 * 1024;

constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";

struct Refusal {
  int status;
  std::string_view reason;
};

// The answer to a request that stopped arriving (the client closed, or the reaper at
// its deadline); none for a head cut short by the client, who is gone.
std::optional<Refusal> unfinished_request_answer(bool head_read, bool timed_out) {
  if (timed_out && !head_read) {
    return Refusal{408, "the request did not arrive within the request timeout"};
  }
  if (timed_out) return Refusal{400, "the request body did not arrive within the request timeout"};
  if (head_read) return Refusal{400, "the request body is shorter than its Content-Length"};
  return std::nullopt;
}

std::uint32_t events_for(Phase phase) {
  return (phase == Phase::Writing ? EPOLLOUT : EPOLLIN) | EPOLLONESHOT;
}

}  // namespace

Transport::Transport(TransportOptions options, RequestHandler& handler)
    : options_(std::move(options)), handler_(handler) {}

Transport::~Transport() {
  stop();
}

void Transport::start() {
  listen_socket_ = open_listen_socket(options_.host, options_.port);
  port_ = bound_port(listen_socket_);
  epoll_ = epoll_create1(EPOLL_CLOEXEC);
  wake_ = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  if (epoll_ < 0 || wake_ < 0) throw std::runtime_error("cannot create the event loop");
  epoll_event wake_event{};
  wake_event.events = EPOLLIN;  // level-triggered: every worker sees it
  wake_event.data.ptr = nullptr;
  epoll_ctl(epoll_, EPOLL_CTL_ADD, wake_, &wake_event);

  for (int i = 0; i < options_.threads; ++i) workers_.emplace_back(&Transport::work, this);
  reaper_ = std::thread(&Transport::reap, this);
  acceptor_ = std::thread(&Transport::accept_connections, this);
}

void Transport::stop() {
  if (listen_socket_ < 0) return;
  stopping_ = true;
  shutdown(listen_socket_, SHUT_RDWR);  // wakes the blocked accept
  if (acceptor_.joinable()) acceptor_.join();
  ::close(listen_socket_);
  listen_socket_ = -1;

  std::uint64_t one = 1;
  if (write(wake_, &one, sizeof one) < 0) std::perror("lys: http: waking the workers");
  for (std::thread& worker : workers_) worker.join();
  workers_.clear();
  {
    std::lock_guard lock(reaper_mutex_);
    reaper_wake_.notify_all();
  }
  if (reaper_.joinable()) reaper_.join();

  for (auto& [socket, connection] : connections_) ::close(socket);
  connections_.clear();
  ::close(epoll_);
  ::close(wake_);
}

void Transport::accept_connections() {
  while (!stopping_) {
    int socket = accept4(listen_socket_, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (socket < 0) {
      if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
        // Out of descriptors or memory: let connections close before trying again.
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
      }
      continue;  // EINTR, ECONNABORTED, or stopping
    }
    int on = 1;
    setsockopt(socket, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    auto connection = std::make_unique<Connection>(socket, peer_address(socket));
    Connection* handle = connection.get();
    // Before the reaper can see it: a connection without a deadline is past it.
    handle->set_deadline(Clock::now() + options_.keep_alive_timeout);
    {
      std::lock_guard lock(connections_mutex_);
      if (connections_.size() >= options_.max_connections) {
        ::close(socket);
        continue;
      }
      connections_.emplace(socket, std::move(connection));
    }
    epoll_event event{};
    event.events = events_for(Phase::Idle);
    event.data.ptr = handle;
    epoll_ctl(epoll_, EPOLL_CTL_ADD, socket, &event);
  }
}

void Transport::work() {
  for (;;) {
    epoll_event event{};
    int ready = epoll_wait(epoll_, &event, 1, -1);
    if (ready < 0 && errno != EINTR) return;
    if (ready <= 0) continue;
    if (event.data.ptr == nullptr) return;  // stop() woke us
    auto& connection = *static_cast<Connection*>(event.data.ptr);
    try {
      serve_ready(connection);
    } catch (...) {
      close(connection);  // out of memory: this connection is dropped, the server goes on
    }
  }
}

void Transport::reap() {
  std::unique_lock wait_lock(reaper_mutex_);
  while (!reaper_wake_.wait_for(wait_lock, kReaperTick, [this] { return stopping_.load(); })) {
    Clock::time_point now = Clock::now();
    std::lock_guard lock(connections_mutex_);
    for (auto& [socket, connection] : connections_) {
      Phase phase = connection->phase.load();
      if (phase == Phase::Serving || !connection->past_deadline(now)) continue;
      // The worker the socket then wakes answers or closes it: the reaper never does.
      if (phase == Phase::Reading) {
        connection->timed_out = true;
        shutdown(socket, SHUT_RD);
      } else {
        shutdown(socket, SHUT_RDWR);
      }
    }
  }
}

void Transport::serve_ready(Connection& connection) {
  Phase was = connection.phase.exchange(Phase::Serving);
  std::size_t max_input =
      options_.limits.max_head_bytes + options_.limits.max_body_bytes + kInputSlack;
  if (was == Phase::Closing) {
    // Discard what arrives until the client closes (or the grace period ends).
    bool open = connection.receive(max_input);
    connection.input().clear();
    if (open) return rearm(connection, Phase::Closing);
    return close(connection);
  }
  if (was == Phase::Writing) {
    switch (connection.flush()) {
      case Connection::Flush::Failed:
        return close(connection);
      case Connection::Flush::Pending:
        return rearm(connection, Phase::Writing);
      case Connection::Flush::Done:
        if (connection.close_after_output) return close_gracefully(connection);
        break;
    }
  }
  bool open = connection.receive(max_input);
  serve_input(connection, open);
}

void Transport::serve_input(Connection& connection, bool peer_open) {
  for (;;) {
    if (connection.input().empty()) {
      if (!peer_open) return close(connection);
      return wait(connection, Phase::Idle, Clock::now() + options_.keep_alive_timeout);
    }
    if (connection.request_started == Clock::time_point{}) {
      connection.request_started = Clock::now();
    }
    if (peer_open && connection.input().size() < connection.parse_needed) {
      return wait(connection, Phase::Reading,
                  connection.request_started + options_.request_timeout);
    }
    ParseResult parsed =
        parse_request(connection.input(), options_.limits, connection.parse_progress);
    connection.parse_needed = parsed.needed;
    if (parsed.state == ParseResult::State::Refused) {
      return answer_and_close(connection, handler_.refuse(parsed.status, parsed.reason));
    }
    if (parsed.state == ParseResult::State::Incomplete) {
      if (!peer_open) {
        auto answer = unfinished_request_answer(parsed.head_read, connection.timed_out);
        if (!answer) return close(connection);
        return answer_and_close(connection, handler_.refuse(answer->status, answer->reason));
      }
      if (parsed.expects_continue && !connection.continue_sent) {
        connection.continue_sent = true;
        connection.close_after_output = false;
        connection.queue(kContinue);
        if (!write_or_wait(connection)) return;
      }
      return wait(connection, Phase::Reading,
                  connection.request_started + options_.request_timeout);
    }

    parsed.request.peer = connection.peer();
    RequestHandler::Reply reply = handler_.serve(parsed.request, connection.request_started);
    connection.consume(parsed.consumed);
    connection.request_started = {};
    connection.continue_sent = false;
    connection.queue(reply.bytes);
    connection.close_after_output = !reply.keep_alive;
    if (!write_or_wait(connection)) return;
    if (connection.close_after_output) return close_gracefully(connection);
  }
}

void Transport::answer_and_close(Connection& connection, std::string bytes) {
  connection.queue(bytes);
  connection.close_after_output = true;
  if (write_or_wait(connection)) close_gracefully(connection);
}

bool Transport::write_or_wait(Connection& connection) {
  switch (connection.flush()) {
    case Connection::Flush::Done:
      return true;
    case Connection::Flush::Pending:
      wait(connection, Phase::Writing, Clock::now() + options_.request_timeout);
      return false;
    case Connection::Flush::Failed:
      close(connection);
      return false;
  }
  return false;
}

// Closing at once with unread input would send a reset, which can destroy the answer
// before the client reads it: shut the sending side, and read until the client closes.
void Transport::close_gracefully(Connection& connection) {
  shutdown(connection.socket(), SHUT_WR);
  connection.input().clear();
  wait(connection, Phase::Closing, Clock::now() + kClosingGrace);
}

void Transport::wait(Connection& connection, Phase phase, Clock::time_point deadline) {
  connection.set_deadline(deadline);
  rearm(connection, phase);
}

void Transport::rearm(Connection& connection, Phase phase) {
  connection.phase = phase;
  epoll_event event{};
  event.events = events_for(phase);
  event.data.ptr = &connection;
  if (epoll_ctl(epoll_, EPOLL_CTL_MOD, connection.socket(), &event) != 0) close(connection);
}

void Transport::close(Connection& connection) {
  int socket = connection.socket();
  std::unique_ptr<Connection> owned;
  {
    std::lock_guard lock(connections_mutex_);
    auto found = connections_.find(socket);
    if (found == connections_.end()) return;
    owned = std::move(found->second);
    connections_.erase(found);
  }
  ::close(socket);
}

}  // namespace lys::http
