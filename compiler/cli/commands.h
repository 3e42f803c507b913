// lysc's commands: check, build, sdl, fmt, migrate diff.
#pragma once

namespace lys::cli {

// Exit codes: 0 success, 1 errors in the schema (or fmt --check found changes),
// 2 usage errors or unreadable input.
int run(int argc, char** argv);

}  // namespace lys::cli
