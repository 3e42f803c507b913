-- 100,000 products for the server load benchmark, on a database that has had
-- `catalog-server migrate up` and `fixtures load`. Ids are derived from the row
-- number, so every run (and the SQLite seed) has the same rows: product i has the id
-- 00000000-0000-4000-8000-<i as 12 hex digits>. One product in ten is a DRAFT
-- (anonymous callers see only ACTIVE ones); product i was created i seconds ago.
BEGIN;

INSERT INTO catalog_product_category (id, description)
SELECT format('BENCH%s', lpad(c::text, 2, '0')), format('Benchmark category %s', c)
FROM generate_series(1, 20) AS c;

INSERT INTO organization_client (id, name)
SELECT format('00000000-0000-4000-9000-%s', lpad(to_hex(c), 12, '0'))::uuid,
       format('Benchmark client %s', c)
FROM generate_series(1, 100) AS c;

INSERT INTO catalog_product (id, name, price, status, stock, description, sku, category_id,
                             client_id, created_at, updated_at)
SELECT format('00000000-0000-4000-8000-%s', lpad(to_hex(i), 12, '0'))::uuid,
       format('Product %s', i),
       (i % 100000) / 100.0,
       CASE WHEN i % 10 = 0 THEN 'DRAFT' ELSE 'ACTIVE' END,
       i % 50,
       format('Description of product %s', i),
       format('00000000-0000-4000-a000-%s', lpad(to_hex(i), 12, '0'))::uuid,
       format('BENCH%s', lpad((1 + i % 20)::text, 2, '0')),
       format('00000000-0000-4000-9000-%s', lpad(to_hex(1 + i % 100), 12, '0'))::uuid,
       now() - make_interval(secs => i),
       now() - make_interval(secs => i)
FROM generate_series(1, 100000) AS i;

COMMIT;
ANALYZE;
