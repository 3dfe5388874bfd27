package io.gemlink.account.api;

/** A new partner API key: the key is in this answer and never again (only its hash is kept). */
public record ApiKeyCreated(long id, String name, String key) {}
