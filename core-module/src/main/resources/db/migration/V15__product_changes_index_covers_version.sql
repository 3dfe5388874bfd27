-- A feed's ETag sums the versions of the products changed in the minutes before the newest change
-- (FeedQuery.etag). With version in the (account_id, updated_at) index, that sum reads the index alone:
-- after a vendor's catalog upload it had fetched every product row of the upload, on every feed request
-- (half a second of a 1,000-row re-import after a 100,000-row upload, bench "reimportPhases").
DROP INDEX ix_product_account_updated ON product;
CREATE INDEX ix_product_account_updated ON product (account_id, updated_at, version);
