// The probe server's model and SDL (schema.graphql, embedded at build time).
#pragma once

#include "lys/model/model.h"

namespace probe {

extern const char* const kSdl;
const lys::model::Model& model();

}  // namespace probe
