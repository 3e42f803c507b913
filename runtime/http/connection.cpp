#include "http/connection.h"

#include <sys/socket.h>

#include <algorithm>
#include <array>
#include <cerrno>

namespace lys::http {

namespace {

constexpr std::size_t kReadChunk = 64 * 1024;
// Buffers grown by one large request or response shrink back between requests, so
// idle connections stay small.
constexpr std::size_t kKeptCapacity = 64 * 1024;

void release_if_large(std::string& buffer) {
  if (buffer.capacity() > kKeptCapacity) std::string().swap(buffer);
}

}  // namespace

bool Connection::receive(std::size_t max_buffered) {
  // Read into scratch space and append what came: growing the input first would clear
  // a whole chunk per read, for requests of a few hundred bytes.
  thread_local std::array<char, kReadChunk> scratch;
  while (input_.size() < max_buffered) {
    std::size_t want = std::min(scratch.size(), max_buffered - input_.size());
    ssize_t got = recv(socket_, scratch.data(), want, MSG_DONTWAIT);
    if (got == 0) return false;
    if (got < 0) return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
    input_.append(scratch.data(), static_cast<std::size_t>(got));
    if (static_cast<std::size_t>(got) < want) return true;
  }
  return true;
}

void Connection::consume(std::size_t count) {
  input_.erase(0, count);
  if (input_.empty()) release_if_large(input_);
}

Connection::Flush Connection::flush() {
  while (output_sent_ < output_.size()) {
    ssize_t sent = send(socket_, output_.data() + output_sent_, output_.size() - output_sent_,
                        MSG_DONTWAIT | MSG_NOSIGNAL);
    if (sent < 0) {
      if (errno == EINTR) continue;
      return errno == EAGAIN || errno == EWOULDBLOCK ? Flush::Pending : Flush::Failed;
    }
    output_sent_ += static_cast<std::size_t>(sent);
  }
  output_.clear();
  output_sent_ = 0;
  release_if_large(output_);
  return Flush::Done;
}

}  // namespace lys::http
