/**
 * Platform basics every module shares: the business exceptions the web module maps to
 * {@code application/problem+json} ({@link io.gemlink.platform.api.BadInputException} → 422 naming
 * fields, {@link io.gemlink.platform.api.NotFoundException} → 404,
 * {@link io.gemlink.platform.api.ConflictException} → 409,
 * {@link io.gemlink.platform.api.TooManyAttemptsException} → 429 with {@code Retry-After},
 * {@link io.gemlink.platform.api.TransientConflictException} → 503), paging, the retry of a transaction that
 * lost a deadlock or a lock wait ({@link io.gemlink.platform.api.ConflictRetry},
 * {@link io.gemlink.platform.api.DatabaseConflicts}), the backoff of failed attempts, and
 * {@link io.gemlink.platform.api.SecretBox}, which seals stored secrets with the server's key.
 * Fires and observes nothing.
 */
package io.gemlink.platform.api;
