package io.gemlink.linking.control;

import java.util.List;
import java.util.Map;

/**
 * One product row of a feed as a reader found it, before any validation: simple fields as text,
 * {@code stones} as a JSON array text, {@code images} and {@code tags} as lists.
 *
 * @param row       1 for the feed's first product
 * @param malformed set when the reader could not even make fields of it (e.g. wrong column count)
 */
public record RawRow(
        int row,
        Map<String, String> fields,
        String stonesJson,
        List<String> images,
        List<String> tags,
        boolean removed,
        String malformed) {

    public String get(String field) {
        String v = fields.get(field);
        return v == null || v.isBlank() ? null : v.trim();
    }

    static RawRow malformed(int row, String why) {
        return new RawRow(row, Map.of(), null, List.of(), List.of(), false, why);
    }
}
