#include "support/http_client.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace lys::e2e {

class HttpConnection::Socket {
 public:
  Socket(int port, std::chrono::milliseconds timeout) : fd_(socket(AF_INET, SOCK_STREAM, 0)) {
    if (fd_ < 0) throw std::runtime_error("socket: " + std::string(std::strerror(errno)));
    timeval tv{};
    tv.tv_sec = static_cast<time_t>(timeout.count() / 1000);
    tv.tv_usec = static_cast<suseconds_t>((timeout.count() % 1000) * 1000);
    setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    setsockopt(fd_, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
      std::string reason = std::strerror(errno);
      close(fd_);
      throw std::runtime_error("connect to port " + std::to_string(port) + ": " + reason);
    }
  }
  Socket(const Socket&) = delete;
  Socket& operator=(const Socket&) = delete;
  ~Socket() { close(fd_); }

  void write_all(std::string_view bytes) {
    while (!bytes.empty()) {
      ssize_t sent = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
      // The server may answer and close before reading everything (413): stop writing.
      if (sent <= 0) return;
      bytes.remove_prefix(static_cast<std::size_t>(sent));
    }
  }

  std::string read_all() {
    std::string data;
    while (read_some(data)) {
    }
    return data;
  }

  // Appends what arrives to `data`; false once the server has closed the connection.
  bool read_some(std::string& data) {
    char buffer[16384];
    ssize_t got = recv(fd_, buffer, sizeof buffer, 0);
    if (got > 0) {
      data.append(buffer, static_cast<std::size_t>(got));
      return true;
    }
    if (got == 0 || errno == ECONNRESET) return false;
    throw std::runtime_error("no complete response: " + std::string(std::strerror(errno)) +
                             " after " + std::to_string(data.size()) + " bytes");
  }

 private:
  int fd_;
};

namespace {

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

HttpResponse parse_response(const std::string& data) {
  std::size_t head_end = data.find("\r\n\r\n");
  if (head_end == std::string::npos || !data.starts_with("HTTP/1.")) {
    throw std::runtime_error("malformed response: '" + data.substr(0, 200) + "'");
  }
  HttpResponse response;
  response.status = std::stoi(data.substr(9, 3));
  std::size_t line_start = data.find("\r\n") + 2;
  while (line_start < head_end) {
    std::size_t line_end = data.find("\r\n", line_start);
    std::string line = data.substr(line_start, line_end - line_start);
    std::size_t colon = line.find(':');
    std::size_t value_start = line.find_first_not_of(' ', colon + 1);
    response.headers.emplace_back(line.substr(0, colon), value_start == std::string::npos
                                                             ? std::string()
                                                             : line.substr(value_start));
    line_start = line_end + 2;
  }
  response.body = data.substr(head_end + 4);
  if (auto length = response.header("Content-Length")) {
    response.body.resize(std::min(response.body.size(), std::stoul(*length)));
  }
  return response;
}

// The length of the first response in `data` (head and Content-Length body), or
// nullopt while it is incomplete.
std::optional<std::size_t> first_response_length(const std::string& data) {
  std::size_t head_end = data.find("\r\n\r\n");
  if (head_end == std::string::npos) return std::nullopt;
  std::size_t length = head_end + 4;
  if (auto content_length = parse_response(data.substr(0, length)).header("Content-Length")) {
    length += std::stoul(*content_length);
  }
  if (data.size() < length) return std::nullopt;
  return length;
}

}  // namespace

std::optional<std::string> HttpResponse::header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (equals_ignoring_case(key, name)) return value;
  }
  return std::nullopt;
}

HttpConnection::HttpConnection(int port, std::chrono::milliseconds timeout)
    : socket_(std::make_unique<Socket>(port, timeout)) {}

HttpConnection::~HttpConnection() = default;

HttpResponse HttpConnection::exchange(std::string_view bytes) {
  send(bytes);
  return receive();
}

void HttpConnection::send(std::string_view bytes) {
  socket_->write_all(bytes);
}

HttpResponse HttpConnection::receive() {
  std::optional<std::size_t> length;
  while (!(length = first_response_length(received_))) {
    if (!socket_->read_some(received_)) {
      throw std::runtime_error("the connection closed before a complete response");
    }
  }
  HttpResponse response = parse_response(received_.substr(0, *length));
  received_.erase(0, *length);
  return response;
}

bool HttpConnection::closed_by_server() {
  std::string rest = std::move(received_);
  received_.clear();
  try {
    while (socket_->read_some(rest)) {
    }
  } catch (const std::runtime_error&) {
    return false;  // still open when the timeout expired
  }
  return rest.empty();
}

HttpResponse send_raw(int port, std::string_view bytes, std::chrono::milliseconds timeout) {
  HttpConnection::Socket socket(port, timeout);
  socket.write_all(bytes);
  return parse_response(socket.read_all());
}

HttpResponse send_request(int port, const HttpRequest& request, std::chrono::milliseconds timeout) {
  std::string text = request.method + " " + request.target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
  bool has_length = false;
  for (const auto& [name, value] : request.headers) {
    text += name + ": " + value + "\r\n";
    has_length = has_length || equals_ignoring_case(name, "Content-Length");
  }
  if (!has_length && (!request.body.empty() || request.method == "POST")) {
    text += "Content-Length: " + std::to_string(request.body.size()) + "\r\n";
  }
  text += "Connection: close\r\n\r\n" + request.body;
  return send_raw(port, text, timeout);
}

HttpResponse get(int port, const std::string& target) {
  return send_request(port, HttpRequest{"GET", target, {}, {}});
}

std::string url_encode(std::string_view text) {
  static const char* kHex = "0123456789ABCDEF";
  std::string encoded;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      encoded += static_cast<char>(c);
    } else {
      encoded += '%';
      encoded += kHex[c >> 4];
      encoded += kHex[c & 15];
    }
  }
  return encoded;
}

}  // namespace lys::e2e
