/**
 * Partners: the accounts the caller shares feeds with or imports from, as the API
 * ({@code /api/v1/connections}) and the Partners screen show them, and ending such a relationship. The screen
 * also lists a vendor's live grants and revokes a selection of them at once (feeds' {@code GrantRevocations}, one
 * transaction).
 * Composes the modules' own answers (grants, in-network sources and linked products, dropship orders);
 * owns no table, fires nothing itself (revoking fires feeds' {@code GrantRevoked}).
 */
package io.gemlink.partners.web;
