-- Accounts and secrets. API keys get a name (the signup key is "default") and the time they were
-- last used (written at most once a minute per key, see docs/accounts.md).
ALTER TABLE api_key ADD COLUMN name VARCHAR(100) NOT NULL DEFAULT 'default';
ALTER TABLE api_key ADD COLUMN last_used_at DATETIME(6);

-- The secrets the server must read back (webhook signing secrets, feed tokens) are stored sealed
-- with the server's key from now on: "v1:<base64 of nonce, ciphertext and tag>" (SecretBox). Their
-- columns are widened for that form, and the values stored until now are marked "plain:" so that
-- the owning module seals them at start-up (it knows the key; SQL does not).
ALTER TABLE tracking_webhook MODIFY secret VARCHAR(1000) NOT NULL;
ALTER TABLE channel_settings MODIFY shopify_webhook_secret VARCHAR(1000);
ALTER TABLE import_source MODIFY token VARCHAR(1000);
UPDATE tracking_webhook SET secret = CONCAT('plain:', secret);
UPDATE channel_settings SET shopify_webhook_secret = CONCAT('plain:', shopify_webhook_secret)
    WHERE shopify_webhook_secret IS NOT NULL;
UPDATE import_source SET token = CONCAT('plain:', token) WHERE token IS NOT NULL;
