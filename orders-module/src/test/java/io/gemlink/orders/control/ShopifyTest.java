package io.gemlink.orders.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gemlink.orders.api.OrderRequest;
import io.gemlink.platform.api.BadInputException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ShopifyTest {

    @Test
    void mapsShopifysOwnFieldNames() throws Exception {
        OrderRequest order = ShopifyOrderMapper.map(payload());

        assertThat(order.channel()).isEqualTo("SHOPIFY");
        assertThat(order.externalId()).isEqualTo("820982911946154508");
        assertThat(order.currency()).isEqualTo("USD");
        assertThat(order.shippingAddress().name()).isEqualTo("Steve Shipper");
        assertThat(order.shippingAddress().line1()).isEqualTo("123 Shipping Street");
        assertThat(order.shippingAddress().region()).isEqualTo("KY");
        assertThat(order.shippingAddress().postalCode()).isEqualTo("40003");
        assertThat(order.shippingAddress().country()).isEqualTo("US");
        assertThat(order.lines()).extracting(OrderRequest.Line::sku).containsExactly("SKU-RING-7", "SKU-HOOPS");
        assertThat(order.lines().get(1).quantity()).isEqualTo(2);
        assertThat(order.lines().get(0).unitPrice()).isEqualByComparingTo(new BigDecimal("199.00"));
    }

    @Test
    void aPayloadWithoutIdIsRefused() {
        assertThatThrownBy(() -> ShopifyOrderMapper.map(
                        Json.createObjectBuilder().add("currency", "USD").build()))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("id:");
    }

    @Test
    void signatureMatchesOnlyTheExactBodyAndSecret() {
        byte[] body = "{\"id\":1}".getBytes(StandardCharsets.UTF_8);
        String header = ShopifySignature.sign("shpss_0123456789abcdef", body);

        assertThat(ShopifySignature.verify("shpss_0123456789abcdef", body, header))
                .isTrue();
        assertThat(ShopifySignature.verify("shpss_0123456789abcdeX", body, header))
                .isFalse();
        assertThat(ShopifySignature.verify(
                        "shpss_0123456789abcdef", "{\"id\":2}".getBytes(StandardCharsets.UTF_8), header))
                .isFalse();
        assertThat(ShopifySignature.verify("shpss_0123456789abcdef", body, null))
                .isFalse();
    }

    @Test
    void knownVectorOfHmacSha256() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        assertThat(ShopifySignature.sign("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=");
    }

    private static JsonObject payload() throws Exception {
        try (InputStream in = ShopifyTest.class.getResourceAsStream("/shopify-orders-create.json")) {
            return Json.createReader(in).readObject();
        }
    }
}
