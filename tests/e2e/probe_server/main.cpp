// The end-to-end test server: the real runtime (lys::server::run) over the probe
// model, with one extern query, `sleep(ms)`, that holds a request in flight so the
// tests can observe draining on SIGTERM.
#include <chrono>
#include <string>
#include <thread>

#include "lys/server/server.h"
#include "probe_server/probe_model.h"

int main(int argc, char** argv) {
  lys::api::ExternRegistry externs;
  externs.add("sleep", [](lys::api::ExternCall& call, std::string& out) {
    std::int64_t ms = call.field.argument("ms")->integer;
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
    out = std::to_string(ms);
    return std::optional<lys::graphql::Error>();
  });
  return lys::server::run(argc, argv, probe::model(), externs);
}
