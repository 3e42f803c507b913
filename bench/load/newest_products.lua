-- Workload 2: the first 20 products, newest first, each with its category.
dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "graphql.lua")
wrk.body = '{"query":"{ products(first: 20, orderBy: [{field: CREATED_AT, direction: DESC}]) '
  .. '{ nodes { id name price stock category { id code description } } } }"}'
