-- Rows valid in v03, inserted before the migration to v04. Its null note is filled
-- with the default when v06 makes the field required.
INSERT INTO shop_product (id, name, code, price, category_id, note, stock) VALUES
  ('00000000-0000-4000-8000-000000000103', 'Emma', 'E-1', 12, 'BOOKS', NULL, 4);
