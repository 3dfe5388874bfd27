package io.gemlink.orders.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gemlink.orders.api.AddressView;
import io.gemlink.orders.api.Channel;
import io.gemlink.orders.api.OrderRequest;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.FieldError;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderRulesTest {

    private static final AddressView ADDRESS =
            new AddressView("Ann Lee", "1 Main St", null, "Austin", "TX", "73301", "US", null);
    private static final List<OrderRequest.Line> LINES =
            List.of(new OrderRequest.Line("R-1", 1, new BigDecimal("10.00")));

    @Test
    void acceptsAChannelOrder() {
        assertThat(OrderRules.check(new OrderRequest("etsy", "E-1", "USD", ADDRESS, LINES)))
                .isEqualTo(Channel.ETSY);
    }

    @Test
    void manualOrdersNeedNoExternalId() {
        assertThat(OrderRules.check(new OrderRequest("MANUAL", null, "USD", ADDRESS, LINES)))
                .isEqualTo(Channel.MANUAL);
    }

    @Test
    void namesEveryBadFieldIncludingLineIndexes() {
        var lines = List.of(
                new OrderRequest.Line("R-1", 1, new BigDecimal("10.00")),
                new OrderRequest.Line("", 0, new BigDecimal("-1")));
        var address = new AddressView("Ann", "1 Main St", null, "Austin", null, null, "USA", null);

        assertThatThrownBy(() -> OrderRules.check(new OrderRequest("API", null, "usd", address, lines)))
                .isInstanceOf(BadInputException.class)
                .extracting(e -> ((BadInputException) e)
                        .errors().stream().map(FieldError::field).toList())
                .asList()
                .containsExactly(
                        "externalId",
                        "currency",
                        "shippingAddress.country",
                        "lines[1].sku",
                        "lines[1].quantity",
                        "lines[1].unitPrice");
    }

    @Test
    void dropshippingIsNotAChannelPartnersMaySend() {
        assertThatThrownBy(() -> OrderRules.check(new OrderRequest("DROPSHIPPING", "X", "USD", ADDRESS, LINES)))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("channel:");
    }

    @Test
    void anOrderNeedsLinesAndAnAddress() {
        assertThatThrownBy(() -> OrderRules.check(new OrderRequest("API", "A-1", "USD", null, List.of())))
                .isInstanceOf(BadInputException.class)
                .extracting(e -> ((BadInputException) e)
                        .errors().stream().map(FieldError::field).toList())
                .asList()
                .containsExactly("shippingAddress", "lines");
    }
}
