// lysc: the lys schema compiler.
#include "compiler/cli/commands.h"

int main(int argc, char** argv) {
  return lys::cli::run(argc, argv);
}
