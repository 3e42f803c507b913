// The generated server's entry point: the generated main() calls this with the model
// lysc generated and the user's extern implementations. It parses the command line
// (serve, migrate, fixtures load, schema — see API.md) and runs the command.
#pragma once

#include "lys/api/api.h"
#include "lys/model/model.h"

namespace lys::server {

// Returns the process exit code.
int run(int argc, char** argv, const model::Model& model, const api::ExternRegistry& externs);

}  // namespace lys::server
