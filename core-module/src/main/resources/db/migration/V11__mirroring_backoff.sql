-- A dropship part whose mirroring failed is tried again with a growing pause, recorded in its own
-- transaction, so that a part that keeps failing never holds back the others in the sweep.
ALTER TABLE dropship_part ADD COLUMN next_attempt_at DATETIME(6);
CREATE INDEX ix_dropship_part_due ON dropship_part (state, next_attempt_at);
