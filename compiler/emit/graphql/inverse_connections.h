// The connections an object type gets from the entities that point at it: every
// reference `category: ProductCategory` of a readable entity gives
// `ProductCategory.products`, soft references too when this server has their target
// (`client: soft organization.Client` gives `Client.products`). One entity referencing the same target twice (or a
// name already taken on the target) disambiguates by field: `transfersByFrom`.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "compiler/ir/ir.h"

namespace lys::emit::graphql {

struct InverseConnection {
  std::string field_name;              // on the target type: "products"
  const ir::Entity* source = nullptr;  // the referencing entity: catalog.Product
  const ir::Field* reference = nullptr;
};

class InverseConnections {
 public:
  explicit InverseConnections(const ir::Schema& schema);

  // The connections of `target`, in schema order of the referencing fields.
  const std::vector<InverseConnection>& of(const ir::Entity& target) const;

 private:
  std::map<std::string, std::vector<InverseConnection>> by_target_;  // lookup only
  std::vector<InverseConnection> none_;
};

}  // namespace lys::emit::graphql
