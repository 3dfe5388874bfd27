package io.gemlink.account.control;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Public account ids such as {@code VG-100042}: two letters from the business name (its initials)
 * and a number that is unique because it derives from the account's database id.
 */
public final class PublicIds {

    static final long OFFSET = 100_000L;

    private PublicIds() {}

    public static String of(String name, long accountId) {
        return letters(name) + "-" + (OFFSET + accountId);
    }

    static String letters(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z\\s]", "")
                .toUpperCase(Locale.ROOT)
                .trim();
        String[] words = ascii.split("\\s+");
        String letters;
        if (words.length >= 2) {
            letters = "" + words[0].charAt(0) + words[1].charAt(0);
        } else {
            letters = words[0];
        }
        letters = (letters + "GL").substring(0, 2);
        return letters.isBlank() ? "GL" : letters;
    }
}
