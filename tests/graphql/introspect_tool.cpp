// Reads an SDL file (argv[1]), runs the GraphQL query given on stdin through the
// Executor with introspection on, and prints the response body. Used by
// tests/js/introspection.mjs to check our introspection with graphql-js.
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <string>

#include "lys/graphql/executor.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: introspect_tool SCHEMA.graphql < query\n";
    return 2;
  }
  std::ifstream file(argv[1]);
  if (!file) {
    std::cerr << "introspect_tool: cannot read " << argv[1] << "\n";
    return 2;
  }
  std::stringstream sdl;
  sdl << file.rdbuf();
  std::string query((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  try {
    auto executor = lys::graphql::Executor::create(
        sdl.str(), {.introspection = true, .suggestions = true, .limits = {}});
    lys::graphql::Request request;
    request.query = query;
    lys::graphql::Response response = executor->execute(request, lys::access::Session{});
    std::cout << response.body << "\n";
    return response.http_status == 200 ? 0 : 1;
  } catch (const std::invalid_argument& error) {
    std::cerr << "introspect_tool: " << error.what() << "\n";
    return 1;
  }
}
