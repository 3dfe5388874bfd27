-- Changes-only imports: after a complete run, an import source fetches its feed with `since` = the
-- generatedAt of the last answer it applied, and gets only what changed or left the feed.
-- changes_since null: the next run fetches the whole feed (first run, rules changed, last run
-- suspicious). last_full_at: a whole-feed run is forced again after gemlink.linking.full-run-hours.
ALTER TABLE import_source ADD COLUMN changes_since DATETIME(6);
ALTER TABLE import_source ADD COLUMN last_full_at DATETIME(6);
ALTER TABLE import_run ADD COLUMN changes_only TINYINT(1) NOT NULL DEFAULT 0;
