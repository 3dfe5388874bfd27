-- Order lifecycle, issue #17, the rest of it: a vendor's proposed ship date on a line (and the distributor's
-- answer), copied to the distributor's linked line in the same transaction as a rejection is; a vendor's deadline
-- for acknowledging a dropship order (hours, null: none), fixed on each dropship order when it is mirrored; the
-- deadline timer's marks, each set once: checked (the deadline has passed and was looked at) and, when a line was
-- still OPEN then, overdue.
-- One clause per statement, no AFTER: the embedded H2 (MySQL mode) must take it as MariaDB does.

ALTER TABLE sales_order_line ADD COLUMN proposed_ship_date DATE;
ALTER TABLE sales_order_line ADD COLUMN proposal_note VARCHAR(500);
ALTER TABLE sales_order_line ADD COLUMN proposed_at DATETIME(6);
ALTER TABLE sales_order_line ADD COLUMN proposal_answer VARCHAR(16);

ALTER TABLE dropshipping_settings ADD COLUMN acknowledge_within_hours INT;

ALTER TABLE sales_order ADD COLUMN acknowledge_by DATETIME(6);
ALTER TABLE sales_order ADD COLUMN deadline_checked_at DATETIME(6);
ALTER TABLE sales_order ADD COLUMN overdue_at DATETIME(6);

-- the timer's candidates: deadline passed, not looked at yet (a checked order never comes back)
CREATE INDEX ix_sales_order_deadline ON sales_order (deadline_checked_at, acknowledge_by);
