-- An account's own name for its shipments' "Extended field 1" (issue #18), e.g. "Box number": shown by the admin
-- screens instead of the default label; null is the default. At most 40 characters, stored trimmed. Only the
-- label changes: the API's field stays extendedField1. Owned by platform-module, beside the dropship status.
-- One dialect for MySQL/MariaDB and for H2 in MODE=MySQL.

ALTER TABLE dropshipping_settings ADD COLUMN extended_field1_name VARCHAR(40);
