package io.gemlink.web.admin;

import java.util.Map;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The column a lazy table is sorted by, as the key a module's list query takes ({@code field="number"} on the
 * column), and its direction. The key is only a name that the query looks up in its own whitelist.
 */
public record ListSort(String key, boolean ascending) {

    public static ListSort of(Map<String, SortMeta> sort, String defaultKey, boolean defaultAscending) {
        if (sort != null) {
            for (SortMeta meta : sort.values()) {
                if (meta.getOrder() != null && meta.getOrder() != SortOrder.UNSORTED && meta.getField() != null) {
                    return new ListSort(key(meta.getField()), meta.getOrder() == SortOrder.ASCENDING);
                }
            }
        }
        return new ListSort(defaultKey, defaultAscending);
    }

    /** "number", or "o.number()" from a sortBy expression → "number". */
    static String key(String field) {
        String key = field.strip().replace("#{", "").replace("}", "").replace("()", "");
        return key.substring(key.lastIndexOf('.') + 1);
    }
}
