package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.gemlink.it.faults.PropagationFaults;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two vendors ship their parts of one distributor order at the same moment: both copies arrive on the
 * distributor's order, which ends SHIPPED, and neither vendor sees a deadlock or a 500. A copy that fails
 * takes the vendor's shipment with it.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentShippingIT {

    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();
    private static final int ROUNDS = 8;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** One distributor order with a line from each vendor, and the two vendor orders it became. */
    record Split(long shopOrderId, long auroraOrderId, long bellaOrderId) {}

    private static Split split(
            Api.Account aurora, Api.Account bella, Api.Account shop, String auroraSku, String bellaSku) {
        var placed = shop.api()
                .post(
                        "/api/v1/orders",
                        DropshipMirroringIT.order("split-" + UUID.randomUUID(), Map.of(auroraSku, 1, bellaSku, 1)));
        assertThat(placed.status()).isEqualTo(201);
        JsonObject order = placed.json();
        return new Split(
                order.getJsonNumber("id").longValue(), vendorOrderId(aurora, order), vendorOrderId(bella, order));
    }

    private static long vendorOrderId(Api.Account vendor, JsonObject shopOrder) {
        String number = shopOrder.getJsonArray("dropship").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("vendorPublicId").equals(vendor.publicId()))
                .findFirst()
                .orElseThrow()
                .getString("vendorOrderNumber");
        return vendor
                .api()
                .get("/api/v1/orders?channel=DROPSHIPPING&size=500")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(o -> o.getString("number").equals(number))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private static String parcel(String number) {
        return """
                {"carrier":"OTHER","trackingNumber":"%s","sendDate":"%s"}""".formatted(number, TODAY);
    }

    private static JsonObject order(Api.Account account, long id) {
        return account.api().get("/api/v1/orders/" + id).json();
    }

    private static List<String> numbers(JsonObject order) {
        return order.getJsonArray("shipments").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("trackingNumber"))
                .toList();
    }

    @Test
    void twoVendorsShippingOneOrderAtOnceBothReachItAndItEndsShipped() throws Exception {
        var aurora = Network.vendor("Parallel Aurora", "PROCESSING", Map.of("PA-1", 50));
        var bella = Network.vendor("Parallel Bella", "AWAITING_SHIPMENT", Map.of("PB-1", 50));
        var shop = Network.distributor("Parallel Boutique");
        String auroraSku = Network.link(aurora, shop).get("PA-1");
        String bellaSku = Network.link(bella, shop).get("PB-1");
        ExecutorService vendors = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                Split split = split(aurora, bella, shop, auroraSku, bellaSku);
                String auroraNumber = "A" + round + "-"
                        + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
                String bellaNumber = "B" + round + "-"
                        + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
                CyclicBarrier together = new CyclicBarrier(2);

                Future<Api.Response> a = vendors.submit(() -> {
                    together.await();
                    return aurora.api()
                            .post("/api/v1/orders/" + split.auroraOrderId() + "/shipments", parcel(auroraNumber));
                });
                Future<Api.Response> b = vendors.submit(() -> {
                    together.await();
                    return bella.api()
                            .post("/api/v1/orders/" + split.bellaOrderId() + "/shipments", parcel(bellaNumber));
                });

                assertThat(a.get(60, TimeUnit.SECONDS).status())
                        .as("round %d, first vendor: %s", round, a.get())
                        .isEqualTo(201);
                assertThat(b.get(60, TimeUnit.SECONDS).status())
                        .as("round %d, second vendor: %s", round, b.get())
                        .isEqualTo(201);
                JsonObject shopOrder = order(shop, split.shopOrderId());
                assertThat(numbers(shopOrder))
                        .as("round %d: both copies", round)
                        .containsExactlyInAnyOrder(auroraNumber, bellaNumber);
                assertThat(shopOrder.getString("status")).as("round %d", round).isEqualTo("SHIPPED");
                assertThat(order(aurora, split.auroraOrderId()).getString("status"))
                        .isEqualTo("SHIPPED");
                assertThat(order(bella, split.bellaOrderId()).getString("status"))
                        .isEqualTo("SHIPPED");
            }
        } finally {
            vendors.shutdownNow();
        }
    }

    @Test
    void aCopyThatFailsRollsTheVendorsShipmentBackWhileTheOtherVendorsGoesThrough() throws Exception {
        var aurora = Network.vendor("Failing Aurora", "PROCESSING", Map.of("FA-1", 5));
        var bella = Network.vendor("Steady Bella", "PROCESSING", Map.of("FB-1", 5));
        var shop = Network.distributor("Failing Boutique");
        Split split = split(
                aurora,
                bella,
                shop,
                Network.link(aurora, shop).get("FA-1"),
                Network.link(bella, shop).get("FB-1"));
        // the test EAR's PropagationFaults: the copy of a vendor shipment numbered FAILCOPY* fails after it was written
        String failing = PropagationFaults.FAIL_COPY_PREFIX + "-"
                + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String steady = "STEADY-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ExecutorService vendors = Executors.newFixedThreadPool(2);
        CyclicBarrier together = new CyclicBarrier(2);

        Future<Api.Response> a = vendors.submit(() -> {
            together.await();
            return aurora.api().post("/api/v1/orders/" + split.auroraOrderId() + "/shipments", parcel(failing));
        });
        Future<Api.Response> b = vendors.submit(() -> {
            together.await();
            return bella.api().post("/api/v1/orders/" + split.bellaOrderId() + "/shipments", parcel(steady));
        });
        Api.Response failed = a.get(60, TimeUnit.SECONDS);
        Api.Response shipped = b.get(60, TimeUnit.SECONDS);
        vendors.shutdown();

        assertThat(failed.status()).as(failed.toString()).isEqualTo(500);
        assertThat(failed.contentType()).startsWith("application/problem+json");
        assertThat(shipped.status()).as(shipped.toString()).isEqualTo(201);
        JsonObject auroraOrder = order(aurora, split.auroraOrderId());
        assertThat(numbers(auroraOrder))
                .as("the vendor's shipment rolled back with its copy")
                .isEmpty();
        assertThat(auroraOrder.getString("status")).isEqualTo("PROCESSING");
        JsonObject shopOrder = order(shop, split.shopOrderId());
        assertThat(numbers(shopOrder)).containsExactly(steady);
        assertThat(shopOrder.getString("status")).isEqualTo("PARTIALLY_SHIPPED");
        assertThat(Db.text("SELECT COUNT(*) FROM shipment WHERE tracking_number = ?", failing))
                .isEqualTo("0");

        // once the cause is gone, the same vendor ships and the order is complete
        assertThat(aurora.api()
                        .post(
                                "/api/v1/orders/" + split.auroraOrderId() + "/shipments",
                                parcel("AFTER-" + failing.substring(9)))
                        .status())
                .isEqualTo(201);
        assertThat(order(shop, split.shopOrderId()).getString("status")).isEqualTo("SHIPPED");
    }
}
