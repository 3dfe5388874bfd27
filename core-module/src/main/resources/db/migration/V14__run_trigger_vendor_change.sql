-- Why a source is due before its interval has passed: 'VENDOR_CHANGE' when the vendor's products
-- changed in this deployment (ImportClaims.dueNowForVendor). The run that claims the source records it
-- as its trigger and clears it; null: the source is due by its schedule.
ALTER TABLE import_source ADD COLUMN due_trigger VARCHAR(16);
