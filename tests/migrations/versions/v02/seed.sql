-- Rows valid in v02, inserted before the migration to v03.
INSERT INTO shop_review (id, product_id, rating) VALUES
  ('00000000-0000-4000-8000-000000000201', '00000000-0000-4000-8000-000000000101', 5);
