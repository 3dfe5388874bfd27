package io.gemlink.feeds.api;

/**
 * What revoking several grants at once did: how many were revoked now, and how many of the selection had been
 * revoked already (revoking twice is harmless and counts once).
 */
public record BulkRevocation(int revoked, int alreadyRevoked) {}
