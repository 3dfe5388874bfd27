/**
 * The distributor's import sources over the partner API ({@code /api/v1/import-sources}, docs/api.md) and
 * the admin screens under {@code admin/imports/} and {@code admin/distributor/}. Every call is scoped
 * to the caller's account. Fires and observes nothing; the logic lives in linking-module.
 */
package io.gemlink.linking.web;
