/**
 * Platform basics every module shares: the business exceptions the web module maps to
 * {@code application/problem+json} ({@link io.gemlink.platform.api.BadInputException} → 422 naming
 * fields, {@link io.gemlink.platform.api.NotFoundException} → 404,
 * {@link io.gemlink.platform.api.ConflictException} → 409) and paging.
 * Fires and observes nothing.
 */
package io.gemlink.platform.api;
