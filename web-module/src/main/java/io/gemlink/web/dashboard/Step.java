package io.gemlink.web.dashboard;

/**
 * One step of a setup checklist.
 *
 * @param key   stable name (the page's element id is {@code step-<key>})
 * @param label what to do
 * @param state what the account's data says: done, or what is still to do
 * @param path  the admin page that does it, from the context root
 * @param link  the link's words
 */
public record Step(String key, String label, String state, boolean done, String path, String link) {}
