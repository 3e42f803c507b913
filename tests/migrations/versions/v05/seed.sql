-- Rows valid in v05, inserted before the migration to v06. Values still fit v04's
-- narrower types, so the down migrations can run over them.
INSERT INTO shop_product (id, name, price, category_id, note, stock) VALUES
  ('00000000-0000-4000-8000-000000000105', 'Middlemarch', 18, 'BOOKS', NULL, 0);
