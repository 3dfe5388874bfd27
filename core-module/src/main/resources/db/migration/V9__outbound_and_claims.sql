-- A claim on an import source names the run that holds it: only that run refreshes it (a long run keeps
-- it from expiring) and only that run releases it, so a run whose claim expired and was taken over
-- can never free the source under the run that took it. A claim held during the upgrade has no run
-- named and simply expires (gemlink.linking.claim-expiry-minutes), as a crashed run's always did.
ALTER TABLE import_source ADD COLUMN claim_run_id BIGINT;
