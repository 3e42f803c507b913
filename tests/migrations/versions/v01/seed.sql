-- Rows valid in v01, inserted before the migration to v02 (dialect-neutral SQL).
INSERT INTO auth_user (id, email) VALUES ('00000000-0000-4000-8000-000000000001', 'ada@example.com');
INSERT INTO shop_category (id) VALUES ('BOOKS');
INSERT INTO shop_category (id, description) VALUES ('GAMES', 'Board games');
INSERT INTO shop_product (id, name, code, price, status, category_id, creator_id) VALUES
  ('00000000-0000-4000-8000-000000000101', 'Dune', 'D-1', 20, 'ACTIVE', 'BOOKS',
   '00000000-0000-4000-8000-000000000001');
INSERT INTO shop_product (id, name, price, category_id) VALUES
  ('00000000-0000-4000-8000-000000000102', 'Go', 35, 'GAMES');
