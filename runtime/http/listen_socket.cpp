#include "http/listen_socket.h"

#include <arpa/inet.h>
#include <fmt/format.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <stdexcept>

namespace lys::http {

namespace {

constexpr int kBacklog = 1024;

std::runtime_error cannot_listen(const std::string& host, int port, const std::string& why) {
  return std::runtime_error(fmt::format("cannot listen on {}:{}: {}", host, port, why));
}

}  // namespace

int open_listen_socket(const std::string& host, int port) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_NUMERICSERV | AI_PASSIVE;
  addrinfo* found = nullptr;
  std::string service = std::to_string(port);
  if (int status = getaddrinfo(host.c_str(), service.c_str(), &hints, &found); status != 0) {
    throw cannot_listen(host, port, gai_strerror(status));
  }
  std::unique_ptr<addrinfo, decltype(&freeaddrinfo)> address(found, freeaddrinfo);

  int socket_fd = socket(address->ai_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (socket_fd < 0) throw cannot_listen(host, port, std::strerror(errno));
  int on = 1;
  setsockopt(socket_fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
  if (address->ai_family == AF_INET6) {
    setsockopt(socket_fd, IPPROTO_IPV6, IPV6_V6ONLY, &on, sizeof on);
  }
  if (bind(socket_fd, address->ai_addr, address->ai_addrlen) != 0 ||
      listen(socket_fd, kBacklog) != 0) {
    std::string why = std::strerror(errno);
    close(socket_fd);
    throw cannot_listen(host, port, why);
  }
  return socket_fd;
}

int bound_port(int socket_fd) {
  sockaddr_storage address{};
  socklen_t length = sizeof address;
  getsockname(socket_fd, reinterpret_cast<sockaddr*>(&address), &length);
  if (address.ss_family == AF_INET6) {
    return ntohs(reinterpret_cast<const sockaddr_in6*>(&address)->sin6_port);
  }
  return ntohs(reinterpret_cast<const sockaddr_in*>(&address)->sin_port);
}

std::string peer_address(int socket_fd) {
  sockaddr_storage address{};
  socklen_t length = sizeof address;
  if (getpeername(socket_fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) return "";
  char text[INET6_ADDRSTRLEN] = {};
  if (address.ss_family == AF_INET6) {
    inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6*>(&address)->sin6_addr, text,
              sizeof text);
  } else {
    inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in*>(&address)->sin_addr, text,
              sizeof text);
  }
  return text;
}

}  // namespace lys::http
