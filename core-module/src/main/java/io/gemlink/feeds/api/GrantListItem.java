package io.gemlink.feeds.api;

/** A vendor's grant in the list of all its grants (the Partners screen), with the name of its feed. */
public record GrantListItem(GrantView grant, String feedName) {}
