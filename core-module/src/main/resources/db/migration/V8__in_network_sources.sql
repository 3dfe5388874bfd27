-- In-network and external import sources (who can send orders to whom). A source is in-network when
-- its token belonged to a live grant naming its distributor: feed_id is then that grant's feed, and the
-- vendor columns are the feed's owner, never what a feed says about itself. feed_id null: external.
-- grant_id is the grant the last check found live; link_ended_* say why the link is ended now (the
-- vendor revoked the grant, deleted the feed, or a dropshipping switch is off), null while it is live.
ALTER TABLE import_source ADD COLUMN feed_id BIGINT;
ALTER TABLE import_source ADD COLUMN grant_id BIGINT;
ALTER TABLE import_source ADD COLUMN link_ended_reason VARCHAR(300);
ALTER TABLE import_source ADD COLUMN link_ended_at DATETIME(6);
-- a distributor may pause a source's scheduled runs ("Run now" still runs)
ALTER TABLE import_source ADD COLUMN paused TINYINT(1) NOT NULL DEFAULT 0;
CREATE INDEX ix_import_source_feed ON import_source (feed_id, account_id);
CREATE INDEX ix_import_source_account_vendor ON import_source (account_id, vendor_account_id);
-- a source's kind is decided anew at its next run: vendor ids learnt from feed headers are forgotten
UPDATE import_source SET vendor_account_id = NULL, vendor_public_id = NULL, etag = NULL, changes_since = NULL;
-- partners: a vendor's dropship orders counted per distributor
CREATE INDEX ix_sales_order_source_account ON sales_order (source_account_id, account_id, created_at);
