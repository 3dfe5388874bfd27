package io.gemlink.account.api;

/** Fact: a new account was signed up (fired in the signup transaction). */
public record AccountOpened(long accountId, String publicId, String name) {
}
