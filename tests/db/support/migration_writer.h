// Writes migration files the way lysc lays them out, for the migrator tests.
#pragma once

#include <filesystem>
#include <string>

#include "lys/db/dialect.h"

namespace lys::dbtest {

// DIR/<dialect>/NAME.sql with the header and both sections; `up` may begin with a
// directive line such as `-- lys:foreign-keys off`.
void write_migration(const std::filesystem::path& directory, db::Dialect dialect,
                     const std::string& name, const std::string& up, const std::string& down);

}  // namespace lys::dbtest
