/**
 * What every partner route shares: API-key authentication ({@code ApiKeyFilter}), the one way in for JSON
 * bodies ({@code JsonBodyReader} → {@code StrictJson}, {@code JsonRecords}), whole-number and paging parameters
 * ({@code WholeNumberParams}, {@code Paging}), body sizes ({@code BodyLimits}, {@code InputLimits}), and the one
 * problem writer ({@code Problems}) used by {@code ProblemMapper}, the servlets and the default error page
 * ({@code ErrorPages}). Also the OpenAPI schemas of records that live outside the WAR. Fires and observes
 * nothing. Rules and limits: docs/input.md.
 */
package io.gemlink.web.api;
