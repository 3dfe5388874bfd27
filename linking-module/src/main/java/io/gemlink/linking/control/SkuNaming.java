package io.gemlink.linking.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SKU a linked product gets in the distributor's catalog: {@code <vendorPublicId>-<vendorSku>}
 * (e.g. {@code VG-100042-R-100-7}), so that two vendors' equal SKUs never collide. A feed whose vendor
 * is unknown uses {@code S<sourceId>} as prefix. Longer than 64 characters: cut, plus {@code ~} and 8
 * hex digits of the full name's SHA-256, so that the result stays unique.
 */
public final class SkuNaming {

    public static final int MAX = 64;

    private SkuNaming() {}

    public static String prefix(String vendorPublicId, long sourceId) {
        return vendorPublicId != null && !vendorPublicId.isBlank() ? vendorPublicId : "S" + sourceId;
    }

    public static String distributorSku(String prefix, String vendorSku) {
        String full = prefix + "-" + vendorSku;
        if (full.length() <= MAX) {
            return full;
        }
        return full.substring(0, MAX - 9) + "~" + sha256(full).substring(0, 8);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
