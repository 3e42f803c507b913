// The usual helper to std::visit a variant with one lambda per alternative.
#pragma once

namespace lys::emit::sql {

template <typename... Visitors>
struct Overloaded : Visitors... {
  using Visitors::operator()...;
};

}  // namespace lys::emit::sql
