-- Workload 3: three levels of nesting, 10 parents × 5 children × 1 reference: the
-- first 10 categories, each with its 5 newest products, each with its category.
-- (Products name their client by a soft reference, which has no inverse connection,
-- and anonymous callers may not read clients; categories give the same shape.)
dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "graphql.lua")
wrk.body = '{"query":"{ productCategories(first: 10) { nodes { id code description '
  .. 'products(first: 5, orderBy: [{field: CREATED_AT, direction: DESC}]) '
  .. '{ nodes { id name price stock category { id code description } } } } } }"}'
