/**
 * What every answer and every login or signup shares: security headers on every response
 * ({@link io.gemlink.web.security.SecurityHeaders}) and the client address that throttling counts by
 * ({@link io.gemlink.web.security.ClientAddresses}). The admin login itself is
 * {@link io.gemlink.web.admin.AdminSecurity}; API keys are checked by {@link io.gemlink.web.api.ApiKeyFilter}.
 * Fires and observes nothing.
 */
package io.gemlink.web.security;
