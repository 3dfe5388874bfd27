package io.gemlink.it;

import static io.gemlink.it.OrderLifecycleIT.activity;
import static io.gemlink.it.OrderLifecycleIT.dropshipOrderOf;
import static io.gemlink.it.OrderLifecycleIT.get;
import static io.gemlink.it.OrderLifecycleIT.linePath;
import static io.gemlink.it.OrderLifecycleIT.lines;
import static io.gemlink.it.OrderLifecycleIT.orderPath;
import static io.gemlink.it.OrderLifecycleIT.place;
import static io.gemlink.it.OrderLifecycleIT.stock;
import static io.gemlink.it.OrderProposalsIT.numbers;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A vendor's deadline for acknowledging a dropship order (issue #17): fixed on each order when it is mirrored,
 * shown on both sides; past it, the timer ({@code gemlink.orders.acknowledge.check-every-seconds}, 2 s under
 * ./gemlink test) marks an order with a line still OPEN overdue once, tells the distributor, and the order needs
 * the distributor's action; an order acknowledged in time is left alone. The smallest deadline is an hour, so the
 * test moves an order's deadline into the past in the database (set-up, as another hour would).
 */
@ExtendWith(ArquillianExtension.class)
class AcknowledgementDeadlineIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anUnacknowledgedOrderPastItsDeadlineIsMarkedOverdueOnceAndTheDistributorIsTold() throws Exception {
        var vendor = Network.vendor("Deadline Gems", "PROCESSING", Map.of("DL-A", 5, "DL-B", 5));
        deadline(vendor, 24);
        var shop = Network.distributor("Deadline Boutique");
        var other = Network.distributor("Deadline Other");
        var skus = Network.link(vendor, shop);
        JsonObject order = place(shop, lines(skus.get("DL-A"), 1, skus.get("DL-B"), 1));
        JsonObject vendorOrder = dropshipOrderOf(vendor, order);

        Instant by = Instant.parse(vendorOrder.getString("acknowledgeBy"));
        assertThat(Duration.between(Instant.parse(vendorOrder.getString("createdAt")), by))
                .as("created + the vendor's 24 hours")
                .isEqualTo(Duration.ofHours(24));
        assertThat(vendorOrder.getBoolean("overdue")).isFalse();
        JsonObject part = get(shop, order).getJsonArray("dropship").getJsonObject(0);
        assertThat(Instant.parse(part.getString("acknowledgeBy"))).isEqualTo(by);
        assertThat(part.getBoolean("overdue")).isFalse();
        assertThat(numbers(shop, true)).isEmpty();

        pastDeadline(vendorOrder);
        JsonObject overdue = Waits.until(
                "the timer to find the order overdue",
                () -> get(shop, order).getJsonArray("dropship").getJsonObject(0),
                p -> p.getBoolean("overdue"),
                Duration.ofSeconds(30));

        assertThat(overdue.getBoolean("overdue")).isTrue();
        assertThat(get(vendor, vendorOrder).getBoolean("overdue")).isTrue();
        assertThat(numbers(shop, true)).as("the distributor's action").containsExactly(order.getString("number"));
        assertThat(numbers(other, true)).as("another account's orders never").isEmpty();
        Thread.sleep(5_000); // two more ticks of the 2 s timer
        assertThat(activity(shop).stream()
                        .filter(m -> m.contains(vendorOrder.getString("number")) && m.contains("not acknowledged")))
                .as("told once")
                .hasSize(1)
                .allMatch(m -> m.contains(vendor.publicId()) && m.contains(order.getString("number")));
        assertThat(activity(vendor)).anyMatch(m -> m.contains("not acknowledged"));
        String markedAt = Db.text("SELECT overdue_at FROM sales_order WHERE id = ?", id(vendorOrder));
        assertThat(markedAt).isNotNull();

        var accepted = vendor.api().post(linePath(vendorOrder, 1, "accept"), "");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(get(shop, order).getJsonArray("dropship").getJsonObject(0).getBoolean("overdue"))
                .as("line 2 is still OPEN")
                .isTrue();
        var cancelled =
                shop.api().post(orderPath(order) + "/cancel", "{\"reason\":\"BACKORDER_TOO_LONG\",\"lines\":[2]}");
        assertThat(cancelled.status())
                .as("the distributor cancels at once: " + cancelled)
                .isEqualTo(200);
        assertThat(stock(vendor, "DL-B")).isEqualTo(5);
        JsonObject after = get(shop, order).getJsonArray("dropship").getJsonObject(0);
        assertThat(after.getBoolean("overdue")).as("no line OPEN any more").isFalse();
        assertThat(numbers(shop, true)).isEmpty();
        assertThat(Db.text("SELECT overdue_at FROM sales_order WHERE id = ?", id(vendorOrder)))
                .as("set once, kept")
                .isEqualTo(markedAt);
    }

    @Test
    void anOrderAcknowledgedInTimeIsNeverOverdueAndAVendorWithoutADeadlineSetsNone() throws Exception {
        var vendor = Network.vendor("In Time Gems", "NEW", Map.of("IT-A", 5));
        deadline(vendor, 1);
        var shop = Network.distributor("In Time Boutique");
        var skus = Network.link(vendor, shop);
        JsonObject order = place(shop, lines(skus.get("IT-A"), 1));
        JsonObject vendorOrder = dropshipOrderOf(vendor, order);
        assertThat(vendor.api().post(linePath(vendorOrder, 1, "accept"), "").status())
                .isEqualTo(200);

        pastDeadline(vendorOrder);
        Waits.until(
                "the timer to look at the order",
                () -> Db.text("SELECT deadline_checked_at FROM sales_order WHERE id = ?", id(vendorOrder)),
                at -> at != null,
                Duration.ofSeconds(30));

        assertThat(Db.text("SELECT overdue_at FROM sales_order WHERE id = ?", id(vendorOrder)))
                .isNull();
        assertThat(get(vendor, vendorOrder).getBoolean("overdue")).isFalse();
        assertThat(get(shop, order).getJsonArray("dropship").getJsonObject(0).getBoolean("overdue"))
                .isFalse();
        assertThat(activity(shop)).noneMatch(m -> m.contains("not acknowledged"));

        var relaxed = Network.vendor("No Deadline Gems", "NEW", Map.of("ND-A", 5));
        var shop2 = Network.distributor("No Deadline Boutique");
        var skus2 = Network.link(relaxed, shop2);
        JsonObject order2 = place(shop2, lines(skus2.get("ND-A"), 1));
        JsonObject vendorOrder2 = dropshipOrderOf(relaxed, order2);
        assertThat(vendorOrder2.isNull("acknowledgeBy")).isTrue();
        assertThat(vendorOrder2.isNull("overdue")).isTrue();
        assertThat(get(shop2, order2).getJsonArray("dropship").getJsonObject(0).isNull("acknowledgeBy"))
                .isTrue();
    }

    static void deadline(Api.Account vendor, int hours) {
        var r = vendor.api()
                .put(
                        "/api/v1/settings/dropshipping",
                        "{\"enabled\":true,\"vendorOrderStatus\":\"PROCESSING\",\"acknowledgeWithinHours\":" + hours
                                + "}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getInt("acknowledgeWithinHours")).isEqualTo(hours);
    }

    /** Test set-up: the order's deadline a minute ago (columns are UTC). */
    static void pastDeadline(JsonObject vendorOrder) {
        int changed = Db.update(
                "UPDATE sales_order SET acknowledge_by = ? WHERE id = ?",
                LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1),
                id(vendorOrder));
        assertThat(changed).isEqualTo(1);
    }

    static long id(JsonObject order) {
        return order.getJsonNumber("id").longValue();
    }
}
