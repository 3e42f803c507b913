// The runtime model the tests run on: the one lysc generated for the example schemas
// (generated/cpp/model.cpp), with the tables of migrations/*/0001_initial.sql.
#pragma once

#include "lys/model/model.h"
#include "model.h"

namespace lys::test {

inline const model::Model& catalog_model() {
  return lys_generated::lys_model();
}

// Indexes into catalog_model().entities.
inline const int kUser = catalog_model().entity_by_graphql_name("User");
inline const int kClient = catalog_model().entity_by_graphql_name("Client");
inline const int kProductCategory = catalog_model().entity_by_graphql_name("ProductCategory");
inline const int kProduct = catalog_model().entity_by_graphql_name("Product");
inline const int kReview = catalog_model().entity_by_graphql_name("Review");

}  // namespace lys::test
