package io.gemlink.account.api;

import jakarta.ejb.Local;

/**
 * Writes an account's activity log: the words a user reads to learn what the platform did for
 * it and why (e.g. "dropship order not created: vendor chose no status").
 * Any module may call it; the entry is written in its own transaction, so it survives a
 * rollback of the caller's work.
 */
@Local
public interface ActivityLog {

    void record(long accountId, String source, String message);
}
