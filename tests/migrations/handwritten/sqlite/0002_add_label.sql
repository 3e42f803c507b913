-- lys migration 0002_add_label (sqlite)
-- Hand-written: a table rebuild of a referenced table, which needs foreign keys off.

-- lys:up
-- lys:foreign-keys off
CREATE TABLE shop_category_new (
  id TEXT NOT NULL CHECK (length(id) <= 64),
  label TEXT NOT NULL DEFAULT '',
  CONSTRAINT pk_shop_category PRIMARY KEY (id)
);
INSERT INTO shop_category_new (id) SELECT id FROM shop_category;
DROP TABLE shop_category;
ALTER TABLE shop_category_new RENAME TO shop_category;

-- lys:down
-- lys:foreign-keys off
CREATE TABLE shop_category_old (
  id TEXT NOT NULL CHECK (length(id) <= 64),
  CONSTRAINT pk_shop_category PRIMARY KEY (id)
);
INSERT INTO shop_category_old (id) SELECT id FROM shop_category;
DROP TABLE shop_category;
ALTER TABLE shop_category_old RENAME TO shop_category;
