package io.gemlink.linking.api;

import java.util.List;

/**
 * What a distributor sends to add or change an import source. Nulls mean "not given": the boundary
 * applies defaults on create and refuses missing required fields naming them.
 *
 * @param keep fields that later runs leave alone once the linked product exists (e.g. {@code title},
 *             {@code description}): the distributor's own text survives
 * @param paused scheduled runs are skipped while true ("Run now" still runs); null: false on create, unchanged on change
 */
public record ImportSourceRequest(String feedUrl, String token, Integer everyMinutes, PriceRule priceRule,
                                  Integer stockBuffer, String missing, List<String> keep, Boolean paused) {
}
