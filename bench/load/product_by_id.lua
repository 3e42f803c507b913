-- Workload 1: one product by id, with its category. Each request asks for one of
-- 1,000 ACTIVE products spread over the seeded table (see seed_postgres.sql for the
-- ids), so the load is not one hot row.
dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "graphql.lua")

local query = "query($id: ID!) { product(id: $id) { id name price stock "
  .. "category { id code description } } }"

local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

-- base64url without padding (RFC 4648 §5), as global ids are.
local function base64url(text)
  local out = {}
  for i = 1, #text, 3 do
    local a, b, c = text:byte(i, i + 2)
    local n = a * 65536 + (b or 0) * 256 + (c or 0)
    local chars = c and 4 or (b and 3 or 2)
    for k = 1, chars do
      local index = math.floor(n / 2 ^ (6 * (4 - k))) % 64
      out[#out + 1] = alphabet:sub(index + 1, index + 1)
    end
  end
  return table.concat(out)
end

-- Whole requests, formatted once: the load generator's own work per request stays
-- as small as for a fixed request.
local requests = {}

function init(args)
  local product = 1
  while #requests < 1000 do
    product = (product + 9973) % 100000 + 1
    if product % 10 ~= 0 then -- one in ten is a DRAFT, invisible to anonymous callers
      local id = base64url(string.format("Product:00000000-0000-4000-8000-%012x", product))
      local body = string.format('{"query":"%s","variables":{"id":"%s"}}', query, id)
      requests[#requests + 1] = wrk.format(nil, nil, nil, body)
    end
  end
end

local next_request = 0

request = function()
  next_request = next_request % #requests + 1
  return requests[next_request]
end
