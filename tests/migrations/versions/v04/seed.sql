-- Rows valid in v04, inserted before the migration to v05.
INSERT INTO shop_product (id, name, sku, price, category_id, note) VALUES
  ('00000000-0000-4000-8000-000000000104', 'Chess', 'C-1', 25, 'GAMES', 'wooden');
INSERT INTO shop_feedback (id, product_id, rating) VALUES
  ('00000000-0000-4000-8000-000000000202', '00000000-0000-4000-8000-000000000104', 4);
