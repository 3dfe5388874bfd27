package io.gemlink.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gemlink.catalog.api.ProductData;
import io.gemlink.catalog.api.Stone;
import io.gemlink.orders.api.AddressView;
import io.gemlink.orders.api.OrderRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstraintsTest {

    private static final AddressView ADDRESS =
            new AddressView("Ann Lee", "1 Main St", null, "Austin", "TX", "73301", "US", null);

    private static OrderRequest.Line line(String sku, Integer quantity, String price) {
        return new OrderRequest.Line(sku, quantity, price == null ? null : new BigDecimal(price));
    }

    @Test
    void namesNestedFieldsWithTheirListIndexInDeclarationOrder() {
        List<OrderRequest.Line> lines =
                new ArrayList<>(List.of(line("A", 1, "1"), line("B", 1, "1"), line(" ", 0, "1.001")));
        lines.add(null);
        var order = new OrderRequest(
                "API",
                "x".repeat(101),
                "usd",
                new AddressView(null, "1 Main St", null, "Austin", null, null, "US", "1".repeat(41)),
                lines);

        assertThat(Constraints.errors(order, List.of()))
                .containsExactly(
                        new FieldError("externalId", "must be at most 100 characters"),
                        new FieldError("currency", "must be an ISO 4217 code such as USD"),
                        new FieldError("shippingAddress.name", "is required"),
                        new FieldError("shippingAddress.phone", "must be at most 40 characters"),
                        new FieldError("lines[2].sku", "is required"),
                        new FieldError("lines[2].quantity", "must be 1 or more"),
                        new FieldError("lines[2].unitPrice", "must have at most two decimals"),
                        new FieldError("lines[3]", "is required"));
    }

    @Test
    void aValidRequestHasNoErrorsAndTrailingZerosAreNotDecimals() {
        var order = new OrderRequest("API", "A-1", "USD", ADDRESS, List.of(line("A", 1, "10.000")));

        assertThat(Constraints.errors(order, List.of())).isEmpty();
    }

    @Test
    void theCallersOwnErrorsJoinInDeclarationOrderButNeverTwiceForAField() {
        var order = new OrderRequest(null, null, "USD", ADDRESS, List.of(line("A", 1, "1")));
        var e = catchThrowableOfType(
                BadInputException.class,
                () -> Constraints.check(
                        order,
                        List.of(
                                new FieldError("externalId", "is required"),
                                new FieldError("channel", "must be one of …"))));

        assertThat(e.errors())
                .containsExactly(new FieldError("channel", "is required"), new FieldError("externalId", "is required"));
    }

    @Test
    void aListsOwnErrorComesAfterTheErrorsOfItsItems() {
        Stone bad = new Stone("Dia*mond", null, null, 0, null, null, null, null);
        Stone[] stones = new Stone[21];
        Arrays.fill(stones, new Stone("Ruby", null, null, 1, null, null, null, null));
        stones[1] = bad;
        var product = new ProductData(
                "S",
                "T",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Arrays.asList(stones),
                null,
                null,
                null,
                null,
                new BigDecimal("1"),
                null,
                1,
                null,
                null,
                List.of());

        assertThat(Constraints.errors(product, List.of()))
                .extracting(FieldError::field)
                .containsExactly("stones[1].type", "stones[1].count", "stones");
    }

    @Test
    void hibernateValidatorIsToldNotToCacheTheResolversAnswers() {
        try (var factory = jakarta.validation.Validation.buildDefaultValidatorFactory()) {
            assertThat(Constraints.Holder.withoutResultCache(factory.usingContext()))
                    .as("the switch is found by name on Hibernate Validator's context")
                    .isTrue();
        }
    }
}
