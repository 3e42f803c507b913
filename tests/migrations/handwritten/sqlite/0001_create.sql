-- lys migration 0001_create (sqlite)
-- Hand-written: exercises the test's applier and catalog reader, not lysc.

-- lys:up
CREATE TABLE shop_category (
  id TEXT NOT NULL CHECK (length(id) <= 64),
  CONSTRAINT pk_shop_category PRIMARY KEY (id)
);
CREATE TABLE shop_product (
  id TEXT NOT NULL,
  name TEXT NOT NULL CHECK (length(name) <= 50),
  stock INTEGER NOT NULL DEFAULT 0,
  category_id TEXT NOT NULL,
  CONSTRAINT pk_shop_product PRIMARY KEY (id),
  CONSTRAINT fk_shop_product_category_id FOREIGN KEY (category_id)
    REFERENCES shop_category (id) ON DELETE RESTRICT,
  CONSTRAINT ck_shop_product_stock CHECK (stock >= 0)
);
CREATE INDEX ix_shop_product_category_id ON shop_product (category_id);
CREATE UNIQUE INDEX uq_shop_product_name ON shop_product (name);

-- lys:down
DROP TABLE shop_product;
DROP TABLE shop_category;
