-- 100,000 products for the server load benchmark: the same rows as
-- seed_postgres.sql (see there), generated with recursive CTEs.
BEGIN;

WITH RECURSIVE n(c) AS (SELECT 1 UNION ALL SELECT c + 1 FROM n WHERE c < 20)
INSERT INTO catalog_product_category (id, description)
SELECT printf('BENCH%02d', c), printf('Benchmark category %d', c) FROM n;

WITH RECURSIVE n(c) AS (SELECT 1 UNION ALL SELECT c + 1 FROM n WHERE c < 100)
INSERT INTO organization_client (id, name)
SELECT printf('00000000-0000-4000-9000-%012x', c), printf('Benchmark client %d', c) FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
INSERT INTO catalog_product (id, name, price, status, stock, description, sku, category_id,
                             client_id, created_at, updated_at)
SELECT printf('00000000-0000-4000-8000-%012x', i),
       printf('Product %d', i),
       (i % 100000) / 100.0,
       CASE WHEN i % 10 = 0 THEN 'DRAFT' ELSE 'ACTIVE' END,
       i % 50,
       printf('Description of product %d', i),
       printf('00000000-0000-4000-a000-%012x', i),
       printf('BENCH%02d', 1 + i % 20),
       printf('00000000-0000-4000-9000-%012x', 1 + i % 100),
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now', printf('-%d seconds', i)),
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now', printf('-%d seconds', i))
FROM n;

COMMIT;
ANALYZE;
