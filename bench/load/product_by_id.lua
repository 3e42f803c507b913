-- Workload 1: one product by id, with its category. Each request asks for one of
-- 1,000 ACTIVE products spread over the seeded table (see sealed_ids.py), so the
-- load is not one hot row.
dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "graphql.lua")

local query = "query($id: ID!) { product(id: $id) { id name price stock "
  .. "category { id code description } } }"

-- Whole requests, formatted once: the load generator's own work per request stays
-- as small as for a fixed request.
local requests = {}

-- The ids are sealed with the server's key, so the driver computes them
-- (bench/load/sealed_ids.py) into the file LYS_BENCH_PRODUCT_IDS names.
function init(args)
  local file = assert(io.open(assert(os.getenv("LYS_BENCH_PRODUCT_IDS")), "r"))
  for id in file:lines() do
    local body = string.format('{"query":"%s","variables":{"id":"%s"}}', query, id)
    requests[#requests + 1] = wrk.format(nil, nil, nil, body)
  end
  file:close()
end

local next_request = 0

request = function()
  next_request = next_request % #requests + 1
  return requests[next_request]
end
