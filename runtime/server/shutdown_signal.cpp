#include "server/shutdown_signal.h"

#include <pthread.h>
#include <signal.h>

namespace lys::server {

namespace {
sigset_t shutdown_signals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  return set;
}
}  // namespace

void ShutdownSignal::block() {
  sigset_t set = shutdown_signals();
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

int ShutdownSignal::wait() {
  sigset_t set = shutdown_signals();
  int received = 0;
  while (sigwait(&set, &received) != 0) {
  }
  return received;
}

}  // namespace lys::server
