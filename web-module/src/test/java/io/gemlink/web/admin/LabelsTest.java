package io.gemlink.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.gemlink.catalog.api.Category;
import io.gemlink.catalog.api.Metal;
import io.gemlink.orders.api.Channel;
import io.gemlink.orders.api.OrderStatus;
import io.gemlink.pricing.api.Rounding;
import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsTest {

    private final Labels labels = new Labels();

    @Test
    void showsCodesAsWords() {
        assertThat(labels.of(Category.LOOSE_STONE)).isEqualTo("Loose stone");
        assertThat(labels.of(OrderStatus.PARTIALLY_REJECTED)).isEqualTo("Partially rejected");
        assertThat(labels.of(Rounding.NINETY_NINE)).isEqualTo("Round up to .99");
        assertThat(labels.of(Channel.EBAY)).isEqualTo("eBay");
        assertThat(labels.of("SUCCEEDED")).isEqualTo("Succeeded");
        assertThat(labels.of(null)).isEmpty();
    }

    @Test
    void showsAListOfFieldsAsOneLine() {
        assertThat(labels.list(List.of("title", "description"))).isEqualTo("Title, description");
        assertThat(labels.list(List.of("sku", "metalWeightGrams"))).isEqualTo("SKU, metal weight (g)");
    }

    @Test
    void saysTheMetalTheWayJewelersDo() {
        assertThat(labels.metal(Metal.GOLD, "14K")).isEqualTo("14K gold");
        assertThat(labels.metal(Metal.SILVER, null)).isEqualTo("Silver");
    }

    @Test
    void formatsMoneyByItsCurrency() {
        assertThat(labels.money(new BigDecimal("10071.16"), "USD")).isEqualTo("$10,071.16");
        assertThat(labels.money(new BigDecimal("99"), "EUR")).isEqualTo("€99.00");
        assertThat(labels.money(new BigDecimal("1500"), "JPY")).isEqualTo("¥1,500");
        assertThat(labels.money(null, "USD")).isEmpty();
    }

    @Test
    void takesTheBrowsersZoneFromItsCookieElseUtc() {
        assertThat(Labels.zoneOf(new Cookie[] {new Cookie(Labels.ZONE_COOKIE, "Europe%2FParis")}))
                .isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(Labels.zoneOf(new Cookie[] {new Cookie(Labels.ZONE_COOKIE, "Mars/Olympus")}))
                .isEqualTo(ZoneOffset.UTC);
        assertThat(Labels.zoneOf(null)).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void colorsStatusesByWhatTheyAskOfTheUser() {
        assertThat(labels.badge("FAILED")).isEqualTo("gl-pill gl-pill-bad");
        assertThat(labels.badge(OrderStatus.SHIPPED)).isEqualTo("gl-pill gl-pill-ok");
        assertThat(labels.badge(OrderStatus.ON_HOLD)).isEqualTo("gl-pill gl-pill-warn");
    }
}
