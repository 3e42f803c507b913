// The server's listening socket: a TCP socket bound to one address (IPv4 or IPv6,
// never every interface unless asked for 0.0.0.0 or ::).
#pragma once

#include <string>

namespace lys::http {

// Binds and listens on host:port (port 0: any free port); throws std::runtime_error
// when it cannot. Returns the socket (blocking: one thread accepts), close-on-exec.
int open_listen_socket(const std::string& host, int port);

// The port the socket is bound to.
int bound_port(int socket);

// The peer address of an accepted socket as text ("192.0.2.1", "2001:db8::1").
std::string peer_address(int socket);

}  // namespace lys::http
