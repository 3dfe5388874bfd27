-- Feeds and imports page through an account's products by id (keyset pagination: account_id = ?
-- AND id > ? ORDER BY id LIMIT n). Without this index each page sorted all of the account's rows.
CREATE INDEX ix_product_account_id ON product (account_id, id);
