// A runtime model mirroring the example schemas' catalog (User, Client,
// ProductCategory, Product, Review, the named query searchProducts and two more of
// list and single shape), built by hand as lysc's generated model.cpp would, over
// the generated DDL's tables.
#pragma once

#include "lys/model/model.h"

namespace lys::query::test {

enum CatalogEntity { kUser = 0, kClient = 1, kProductCategory = 2, kProduct = 3, kReview = 4 };

const model::Model& catalog_model();

}  // namespace lys::query::test
