-- Workload 3: three levels of nesting, 10 parents × 5 children × 1 reference: the
-- first 10 clients, each with its 5 newest products, each with its category. Clients
-- are readable by their members and administrators only, so this workload sends the
-- driver's administrator token (LYS_BENCH_TOKEN).
dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "graphql.lua")
wrk.body = '{"query":"{ clients(first: 10, orderBy: [{field: NAME}]) { nodes { id name '
  .. 'products(first: 5, orderBy: [{field: CREATED_AT, direction: DESC}]) '
  .. '{ nodes { id name price stock category { id code description } } } } } }"}'
wrk.headers["Authorization"] = "Bearer " .. os.getenv("LYS_BENCH_TOKEN")
