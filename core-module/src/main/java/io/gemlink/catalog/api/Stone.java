package io.gemlink.catalog.api;

import java.math.BigDecimal;

/** One kind of stone set in a piece: e.g. one 0.5 ct round diamond, GIA certified. */
public record Stone(String type, String shape, BigDecimal caratWeight, Integer count, String color, String clarity,
                    String certificateLab, String certificateNumber) {
}
