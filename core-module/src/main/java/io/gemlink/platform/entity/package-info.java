/**
 * JPA converters every entity may use: {@link io.gemlink.platform.entity.InstantConverter} (UTC
 * {@code DATETIME(6)}, applied to every {@code Instant}) and {@link io.gemlink.platform.entity.SealedText}
 * (a secret column stored sealed by {@link io.gemlink.platform.api.SecretBox}, named on the field).
 * No entities of its own; fires and observes nothing.
 */
package io.gemlink.platform.entity;
