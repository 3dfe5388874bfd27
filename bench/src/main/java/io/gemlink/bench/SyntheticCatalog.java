package io.gemlink.bench;

import java.util.Locale;
import java.util.Random;

/**
 * A deterministic jewelry catalog (seeded): rings in sizes 5–9 as variants, earrings, necklaces,
 * pendants, bracelets and loose stones, with metals, purities, stones and certificates, as CSV in the
 * column names of docs/api.md.
 */
final class SyntheticCatalog {

    static final String HEADER = "sku,title,category,brand,metal,purity,metalColor,metalWeightGrams,stones,"
            + "totalCaratWeight,images,barcode,cost,price,currency,quantity,variantGroup,size,tags\n";
    private static final String[] CATEGORIES = {"RING", "EARRINGS", "NECKLACE", "PENDANT", "BRACELET", "LOOSE_STONE"};
    private static final String[][] METALS = {
        {"GOLD", "14K", "Yellow"},
        {"GOLD", "18K", "White"},
        {"SILVER", "925", "Silver"},
        {"PLATINUM", "950", "White"},
        {"GOLD", "10K", "Rose"}
    };
    private static final String[] STONES = {"DIAMOND", "SAPPHIRE", "RUBY", "EMERALD", "PEARL", "MOISSANITE"};
    private static final String[] SHAPES = {"ROUND", "OVAL", "PRINCESS", "CUSHION", "EMERALD", "PEAR"};

    private SyntheticCatalog() {}

    /** Row {@code i} of the catalog; {@code generation} changes price and stock (for "1% changed"). */
    static String row(String prefix, int i, int generation) {
        Random r = new Random(i * 7919L + 17);
        String category = CATEGORIES[i % CATEGORIES.length];
        String[] metal = METALS[r.nextInt(METALS.length)];
        boolean ring = category.equals("RING");
        String group = ring ? prefix + "-RG" + (i / 5) : "";
        String size = ring ? String.valueOf(5 + i % 5) : "";
        String stone = STONES[r.nextInt(STONES.length)];
        double carat = Math.round((0.05 + r.nextDouble() * 1.5) * 100) / 100.0;
        int count = 1 + (r.nextInt(4) == 0 ? r.nextInt(20) : 0);
        String stones = "\"[{\"\"type\"\":\"\"" + stone + "\"\",\"\"shape\"\":\"\"" + SHAPES[r.nextInt(SHAPES.length)]
                + "\"\",\"\"caratWeight\"\":" + carat + ",\"\"count\"\":" + count
                + ",\"\"color\"\":\"\"G\"\",\"\"clarity\"\":\"\"VS2\"\","
                + "\"\"certificateLab\"\":\"\"GIA\"\",\"\"certificateNumber\"\":\"\"" + (2_100_000_000L + i)
                + "\"\"}]\"";
        double cost = Math.round((80 + carat * count * 600 + r.nextInt(400) + generation * 3) * 100) / 100.0;
        int quantity = (r.nextInt(30) + generation) % 40;
        String sku = prefix + "-" + i;
        return String.join(
                        ",",
                        sku,
                        "\"" + title(category, metal, stone) + (ring ? ", size " + size : "") + "\"",
                        category,
                        "Bench Atelier",
                        category.equals("LOOSE_STONE") ? "" : metal[0],
                        category.equals("LOOSE_STONE") ? "" : metal[1],
                        category.equals("LOOSE_STONE") ? "" : metal[2],
                        category.equals("LOOSE_STONE")
                                ? ""
                                : String.format(Locale.ROOT, "%.2f", 1 + r.nextDouble() * 12),
                        stones,
                        String.format(Locale.ROOT, "%.2f", carat * count),
                        "https://cdn.bench.example/" + sku.toLowerCase(Locale.ROOT) + ".jpg",
                        String.valueOf(400_000_000_000L + i),
                        String.format(Locale.ROOT, "%.2f", cost),
                        String.format(Locale.ROOT, "%.2f", cost * 2.3),
                        "USD",
                        String.valueOf(quantity),
                        group,
                        size,
                        ring ? "bridal|bench" : "bench")
                + "\n";
    }

    private static String title(String category, String[] metal, String stone) {
        String kind = switch (category) {
            case "RING" -> "Solitaire Ring";
            case "EARRINGS" -> "Stud Earrings";
            case "NECKLACE" -> "Tennis Necklace";
            case "PENDANT" -> "Halo Pendant";
            case "BRACELET" -> "Line Bracelet";
            default -> "Loose Stone";
        };
        String s = stone.charAt(0) + stone.substring(1).toLowerCase(Locale.ROOT);
        return category.equals("LOOSE_STONE") ? "Loose " + s : s + " " + kind + " " + metal[1] + " " + metal[2];
    }

    static String csv(String prefix, int from, int to, int generation) {
        StringBuilder b = new StringBuilder(HEADER);
        for (int i = from; i < to; i++) {
            b.append(row(prefix, i, generation));
        }
        return b.toString();
    }
}
