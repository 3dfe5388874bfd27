package io.gemlink.linking.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a distributor sends to add or change an import source. Nulls mean "not given": the boundary
 * applies defaults on create. The constraints say what is required and how long or large a value may be;
 * linking-module's {@code SourceRules} checks the URL's scheme, the codes and the kept fields.
 *
 * @param keep fields that later runs leave alone once the linked product exists (e.g. {@code title},
 *             {@code description}): the distributor's own text survives
 * @param paused scheduled runs are skipped while true ("Run now" still runs); null: false on create, unchanged on
 * change
 */
public record ImportSourceRequest(
        @NotBlank(message = "is required") @Size(max = MAX_URL, message = URL)
        String feedUrl,

        @Size(max = 200, message = "is longer than {max} characters")
        String token,

        @Min(value = 1, message = EVERY) @Max(value = MAX_EVERY_MINUTES, message = EVERY)
        Integer everyMinutes,

        @Valid PriceRule priceRule,
        @Min(value = 0, message = "must be 0 or more") Integer stockBuffer,
        String missing,
        List<String> keep,
        Boolean paused) {

    /** A month: the longest schedule. */
    public static final int MAX_EVERY_MINUTES = 31 * 24 * 60;

    /** The longest feed URL a source may hold. */
    public static final int MAX_URL = 2000;

    public static final String URL = "must be an http or https URL of at most " + MAX_URL + " characters";
    private static final String EVERY = "must be between 1 and " + MAX_EVERY_MINUTES;
}
