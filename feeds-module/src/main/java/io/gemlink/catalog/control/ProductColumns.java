package io.gemlink.catalog.control;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one column list of {@code product} (V2__catalog.sql) for the SQL that bypasses JPA: the catalog
 * import's upsert, the linked-product insert of distributor imports, and the feed reader's select. Every
 * statement below is made from {@link #CONTENT}, in this order, so a new column is added here once.
 */
public final class ProductColumns {

    /** What a partner or a feed says about a product, in binding order. */
    public static final List<String> CONTENT = List.of(
            "sku",
            "title",
            "description",
            "category",
            "brand",
            "metal",
            "purity",
            "metal_color",
            "metal_weight_grams",
            "stones_json",
            "stone_types",
            "total_carat_weight",
            "images_json",
            "barcode",
            "cost",
            "price",
            "currency",
            "quantity",
            "variant_group",
            "size",
            "tags");

    /** What ties a distributor's linked product to its source and vendor, in binding order. */
    public static final List<String> LINK = List.of(
            "link_source_id",
            "link_vendor_account_id",
            "link_vendor_public_id",
            "link_vendor_sku",
            "link_last_synced_at",
            "link_content_hash",
            "link_vendor_price");

    /**
     * Bookkeeping columns around the content: {@code account_id}, then the content, then these, each with the value
     * a new row gets: a literal where it is always the same (not bound again for every row of a batch: binding is
     * where Connector/J spends its time in a catalog upload), else a parameter. Parameters: the two times.
     */
    private static final List<Map.Entry<String, String>> ROW = List.of(
            Map.entry("hidden", "0"),
            Map.entry("created_at", "?"),
            Map.entry("updated_at", "?"),
            Map.entry("version", "0"));

    /**
     * Creates a product, or replaces its content by SKU ({@code INSERT ... ON DUPLICATE KEY UPDATE}, one
     * dialect for MariaDB and H2 in MySQL mode). An update bumps {@code version} (the JPA optimistic lock
     * and the feeds' ETag) and leaves {@code hidden}, {@code created_at} and the {@code link_*} columns.
     */
    static final String UPSERT = insert(List.of()) + " ON DUPLICATE KEY UPDATE "
            + CONTENT.stream().skip(1).map(c -> c + " = VALUES(" + c + ")").collect(Collectors.joining(", "))
            + ", updated_at = VALUES(updated_at), version = version + 1";

    /** Creates a linked product; a SKU the account already has is refused (unique key). */
    static final String INSERT_LINKED = insert(LINK);

    /** Content columns a distributor may keep as its own ({@code LinkTarget.KEEPABLE}, by field name). */
    private static final Map<String, String> KEEPABLE_COLUMNS = Map.of(
            "title", "title",
            "description", "description",
            "category", "category",
            "brand", "brand",
            "images", "images_json",
            "tags", "tags",
            "price", "price");

    private ProductColumns() {}

    /**
     * The content columns a feed row writes into an existing linked product, in {@link #CONTENT} order: all
     * but {@code sku} and the ones the distributor keeps (field names, as {@code LinkTarget.KEEPABLE}).
     */
    static List<String> updatedContent(Set<String> keep) {
        return CONTENT.stream()
                .skip(1)
                .filter(c -> keep.stream().map(KEEPABLE_COLUMNS::get).noneMatch(c::equals))
                .toList();
    }

    /**
     * Writes a changed feed row into a linked product: the {@code content}
     * columns, then {@code hidden} cleared when the missing-products rule had handled it (hash null; set before
     * the hash: MySQL assigns left to right), the link's price, hash and sync time, {@code updated_at}, and the
     * version bumped. Parameters: the content, the vendor price, the hash, the sync time, the update time, the id.
     */
    static String updateLinked(List<String> content) {
        return "UPDATE product SET " + content.stream().map(c -> c + " = ?").collect(Collectors.joining(", "))
                + ", hidden = CASE WHEN link_content_hash IS NULL THEN 0 ELSE hidden END, link_vendor_price = ?,"
                + " link_content_hash = ?, link_last_synced_at = ?, updated_at = ?, version = version + 1"
                + " WHERE id = ?";
    }

    private static String insert(List<String> extra) {
        List<String> columns = Stream.of(
                        Stream.of("account_id"), CONTENT.stream(), ROW.stream().map(Map.Entry::getKey), extra.stream())
                .flatMap(c -> c)
                .toList();
        String values = Stream.of(
                        Stream.of(SqlMarks.list(1 + CONTENT.size())),
                        ROW.stream().map(Map.Entry::getValue),
                        extra.isEmpty() ? Stream.<String>empty() : Stream.of(SqlMarks.list(extra.size())))
                .flatMap(v -> v)
                .collect(Collectors.joining(", "));
        return "INSERT INTO product (" + String.join(", ", columns) + ") VALUES (" + values + ")";
    }

    /**
     * {@code id}, the {@link #CONTENT} columns and {@code updated_at} of the product aliased {@code alias},
     * in that order, but for the columns {@code left} out, and a column named in {@code replaced} given as
     * that expression instead (the feeds read {@code quantity} as the sellable stock).
     */
    public static String select(String alias, Set<String> left, Map<String, String> replaced) {
        return Stream.of(Stream.of("id"), CONTENT.stream(), Stream.of("updated_at"))
                .flatMap(s -> s)
                .filter(c -> !left.contains(c))
                .map(c -> replaced.getOrDefault(c, alias + "." + c))
                .collect(Collectors.joining(", "));
    }
}
