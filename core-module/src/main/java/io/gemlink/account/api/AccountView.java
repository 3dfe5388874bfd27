package io.gemlink.account.api;

/** An account as its owner and other modules see it. */
public record AccountView(long id, String publicId, String name) {}
