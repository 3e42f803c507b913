// SIGTERM and SIGINT as a request to stop. block() must run before any thread starts,
// so every thread inherits the mask and only wait() receives the signal.
#pragma once

namespace lys::server {

class ShutdownSignal {
 public:
  void block();
  // Returns the signal received.
  int wait();
};

}  // namespace lys::server
