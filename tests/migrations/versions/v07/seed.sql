-- Rows valid in v07, inserted before the migration to v08. None uses ARCHIVED,
-- which v10 removes.
INSERT INTO shop_product (id, name, price, category_id, stock) VALUES
  ('00000000-0000-4000-8000-000000000107', 'Persuasion', 14, 'BOOKS', 2);
