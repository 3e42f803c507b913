// The runtime model of the catalog entities (and the User and Client they refer to),
// built by hand as lysc will generate it, matching migrations/*/0001_initial.sql.
#pragma once

#include "lys/model/model.h"

namespace lys::test {

// Indexes into catalog_model().entities.
enum CatalogEntity { kUser = 0, kClient = 1, kProductCategory = 2, kProduct = 3, kReview = 4 };

const model::Model& catalog_model();

}  // namespace lys::test
