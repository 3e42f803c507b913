-- lys migration 0002_add_label (postgres)
-- Hand-written: adds a column with a default to a referenced table.

-- lys:up
ALTER TABLE shop_category ADD COLUMN label text NOT NULL DEFAULT '';

-- lys:down
ALTER TABLE shop_category DROP COLUMN label;
