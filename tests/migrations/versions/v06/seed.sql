-- Rows valid in v06, inserted before the migration to v07.
INSERT INTO shop_product (id, name, price, status, category_id, note) VALUES
  ('00000000-0000-4000-8000-000000000106', 'Risk', 40, 'ACTIVE', 'GAMES', 'boxed');
