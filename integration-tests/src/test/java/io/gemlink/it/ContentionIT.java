package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.gemlink.it.faults.ContentionFaults;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Orders under contention on the real server and MariaDB. Ten rounds: 50 orders from 5 distributors at
 * once for a vendor's last 5 units, while the mirroring sweep and {@code POST …/dropship/retry} race each
 * order's first mirroring. Every answer is clean, exactly 5 lines get stock, one vendor order per
 * (order, vendor). And a write that loses a deadlock is run again instead of answering 500.
 * <p>
 * The test EAR makes the race happen: the sweep ticks every second (integration-tests/pom.xml), and the
 * first mirroring of an order named {@code race-*} waits 300 ms before it starts ({@link ContentionFaults}); meanwhile
 * this test marks the order's owed part as overdue, so that the sweep takes it, and asks for a retry.
 */
@ExtendWith(ArquillianExtension.class)
class ContentionIT {

    private static final int ROUNDS = 10;
    private static final int DISTRIBUTORS = 5;
    private static final int ORDERS = 50;
    private static final int STOCK = 5;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static String stock(int quantity) {
        return """
                [{"sku":"HOT-1","title":"Last rings","category":"RING","metal":"GOLD","purity":"14K","cost":100,
                  "price":250,"currency":"USD","quantity":%d}]""".formatted(quantity);
    }

    @Test
    void fiftyOrdersForFiveUnitsRacedBySweepAndRetryReserveExactlyFiveAndNeverFail() throws Exception {
        var vendor = Network.vendor("Contended Gems", "PROCESSING", Map.of("HOT-1", STOCK));
        List<Api.Account> shops = new ArrayList<>();
        Map<Long, Api.Account> shopById = new ConcurrentHashMap<>();
        Map<Long, String> skuByShop = new ConcurrentHashMap<>();
        for (int d = 0; d < DISTRIBUTORS; d++) {
            var shop = Network.distributor("Contending Boutique " + d);
            skuByShop.put(shop.id(), Network.link(vendor, shop).get("HOT-1"));
            shops.add(shop);
            shopById.put(shop.id(), shop);
        }
        ExecutorService clients = Executors.newFixedThreadPool(ORDERS + 3);
        long logStart = Files.size(SERVER_LOG);
        int swept = 0;
        int retriedWhileOwed = 0;
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                assertThat(vendor.api().post("/api/v1/products", stock(STOCK)).status())
                        .isEqualTo(200);
                String prefix = ContentionFaults.RACE_PREFIX + round + "-"
                        + UUID.randomUUID().toString().substring(0, 8) + "-";
                AtomicBoolean placing = new AtomicBoolean(true);
                Queue<String> unclean = new ConcurrentLinkedQueue<>();
                AtomicInteger owedRetries = new AtomicInteger();

                // the sweep's way in: the part of an order whose first mirroring has not started looks overdue
                Future<Integer> sweeper = clients.submit(() -> {
                    int marked = 0;
                    while (placing.get()) {
                        marked += overdue(prefix);
                        Thread.sleep(50);
                    }
                    return marked;
                });
                // the distributor's way in: retry the round's orders while their part is still owed
                Future<?> retrier = clients.submit(() -> {
                    Map<Long, Integer> asked = new ConcurrentHashMap<>();
                    while (placing.get()) {
                        for (long[] order : owedOrders(prefix)) {
                            if (asked.merge(order[0], 1, Integer::sum) > 2) {
                                continue; // twice per order is race enough; the server's threads serve the orders too
                            }
                            var r = shopById.get(order[1])
                                    .api()
                                    .post("/api/v1/orders/" + order[0] + "/dropship/retry", "");
                            if (r.status() != 200) {
                                unclean.add("retry " + order[0] + ": " + r);
                            } else {
                                owedRetries.incrementAndGet();
                            }
                        }
                        Thread.sleep(20);
                    }
                    return null;
                });

                CyclicBarrier together = new CyclicBarrier(ORDERS);
                List<Future<Api.Response>> answers = new ArrayList<>();
                for (int i = 0; i < ORDERS; i++) {
                    Api.Account shop = shops.get(i % DISTRIBUTORS);
                    String body = DropshipMirroringIT.order(prefix + i, Map.of(skuByShop.get(shop.id()), 1));
                    answers.add(clients.submit(() -> {
                        together.await();
                        return shop.api().post("/api/v1/orders", body);
                    }));
                }
                List<String> partStates = new ArrayList<>();
                for (Future<Api.Response> a : answers) {
                    Api.Response r = a.get(60, TimeUnit.SECONDS);
                    if (r.status() != 201) {
                        unclean.add("order: " + r);
                    } else {
                        partStates.add(r.json()
                                .getJsonArray("dropship")
                                .getJsonObject(0)
                                .getString("status"));
                    }
                }
                placing.set(false);
                swept += sweeper.get(30, TimeUnit.SECONDS);
                retrier.get(30, TimeUnit.SECONDS);
                retriedWhileOwed += owedRetries.get();

                assertThat(unclean)
                        .as("round %d: every answer 201 or 200", round)
                        .isEmpty();
                assertThat(partStates)
                        .as("round %d: each answer shows its vendor order", round)
                        .hasSize(ORDERS)
                        .containsOnly("PROCESSING", "BACKORDERED")
                        .filteredOn("PROCESSING"::equals)
                        .hasSize(STOCK);
                String inRound = "(SELECT id FROM sales_order WHERE external_id LIKE '" + prefix + "%')";
                assertThat(count("SELECT COUNT(*) FROM dropship_part WHERE state = 'CREATED' AND order_id IN "
                                + inRound))
                        .as("round %d: every part mirrored", round)
                        .isEqualTo(ORDERS);
                assertThat(Db.text("SELECT CONCAT(SUM(attempts), '/', COUNT(next_attempt_at)) FROM dropship_part"
                                + " WHERE order_id IN " + inRound))
                        .as(
                                "round %d: attempts / failed ones: the three ways in" + " never stepped on each other",
                                round)
                        .isEqualTo(ORDERS + "/0");
                assertThat(count("SELECT COUNT(*) FROM sales_order WHERE account_id = " + vendor.id()
                                + " AND source_order_id IN " + inRound))
                        .as("round %d: vendor orders", round)
                        .isEqualTo(ORDERS);
                assertThat(count("SELECT COUNT(DISTINCT source_order_id) FROM sales_order WHERE account_id = "
                                + vendor.id() + " AND source_order_id IN " + inRound))
                        .as("round %d: one per order", round)
                        .isEqualTo(ORDERS);
                assertThat(count("SELECT COUNT(*) FROM sales_order_line l JOIN sales_order o ON o.id = l.order_id"
                                + " WHERE o.account_id = " + vendor.id() + " AND o.source_order_id IN " + inRound
                                + " AND l.backordered = 0"))
                        .as("round %d: live vendor lines", round)
                        .isEqualTo(STOCK);
                assertThat(count("SELECT COUNT(*) FROM sales_order_line WHERE backordered = 0 AND order_id IN "
                                + inRound))
                        .as("round %d: live lines across the distributors", round)
                        .isEqualTo(STOCK);
                assertThat(vendor.api().get("/api/v1/products/HOT-1").json().getInt("quantity"))
                        .as("round %d: vendor stock", round)
                        .isZero();
            }
        } finally {
            clients.shutdownNow();
        }
        int sweepWon = sweepFinished(logStart);
        System.out.printf(
                "ContentionIT: %d parts marked overdue while owed, %d of them finished by the sweep;"
                        + " %d retries asked while a part was owed%n",
                swept, sweepWon, retriedWhileOwed);
        // the races really happened (else this test proves nothing about them)
        assertThat(sweepWon)
                .as("parts the sweep finished while their first mirroring waited")
                .isPositive();
        assertThat(retriedWhileOwed).as("retries during a first mirroring").isPositive();
    }

    @Test
    void anOrderWhoseWriteLosesADeadlockIsWrittenAgainNotAnswered500() throws Exception {
        var vendor = Network.vendor("Deadlocked Gems", "NEW", Map.of("DL-1", 3));
        var shop = Network.distributor("Deadlocked Boutique");
        String sku = Network.link(vendor, shop).get("DL-1");
        String externalId = ContentionFaults.CONFLICT_ONCE_PREFIX + UUID.randomUUID();

        // the test EAR's ContentionFaults: the first write of a conflict-once-* order fails like a lost deadlock, after
        // its rows were flushed
        var placed = shop.api().post("/api/v1/orders", DropshipMirroringIT.order(externalId, Map.of(sku, 1)));

        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        JsonObject order = placed.json();
        assertThat(order.getJsonArray("dropship").getJsonObject(0).getString("status"))
                .isEqualTo("NEW");
        assertThat(count("SELECT COUNT(*) FROM sales_order WHERE external_id = '" + externalId + "'"))
                .isEqualTo(1);
        assertThat(vendor.api()
                        .get("/api/v1/orders?channel=DROPSHIPPING")
                        .json()
                        .getInt("total"))
                .isEqualTo(1);
        assertThat(vendor.api().get("/api/v1/products/DL-1").json().getInt("quantity"))
                .isEqualTo(2);
    }

    /** Makes the round's owed parts look overdue to the sweep; answers how many it marked. */
    private static int overdue(String prefix) {
        List<long[]> orders =
                owedOrders(prefix); // a plain read first: an UPDATE ... IN (SELECT ...) would lock them all
        if (orders.isEmpty()) {
            return 0;
        }
        StringBuilder ids = new StringBuilder();
        orders.forEach(o -> ids.append(ids.length() == 0 ? "" : ",").append(o[0]));
        try {
            return Db.update(
                    "UPDATE dropship_part SET updated_at = updated_at - INTERVAL 1 HOUR WHERE state = 'PENDING'"
                            + " AND updated_at > UTC_TIMESTAMP() - INTERVAL 30 MINUTE AND order_id IN (" + ids + ")");
        } catch (IllegalStateException e) {
            return 0; // this test's own statement lost a deadlock against the server: try again next time
        }
    }

    /** The round's distributor orders stored so far whose part is still owed: {id, account id}. */
    private static List<long[]> owedOrders(String prefix) {
        String rows = Db.text(
                "SELECT GROUP_CONCAT(CONCAT(o.id, ':', o.account_id)) FROM sales_order o"
                        + " JOIN dropship_part p ON p.order_id = o.id WHERE o.external_id LIKE ? AND p.state ="
                        + " 'PENDING'",
                prefix + "%");
        List<long[]> orders = new ArrayList<>();
        if (rows != null) {
            for (String row : rows.split(",")) {
                String[] idAndAccount = row.split(":");
                orders.add(new long[] {Long.parseLong(idAndAccount[0]), Long.parseLong(idAndAccount[1])});
            }
        }
        return orders;
    }

    /** The server's log: the sweep says there how many owed parts it finished itself. */
    private static final Path SERVER_LOG =
            Path.of(System.getProperty("payara.home"), "glassfish", "domains", "domain1", "logs", "server.log");

    private static int sweepFinished(long from) throws IOException {
        try (var in = Files.newInputStream(SERVER_LOG)) {
            in.skipNBytes(Math.min(from, Files.size(SERVER_LOG)));
            Matcher m = Pattern.compile("the sweep finished (\\d+) of")
                    .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            int finished = 0;
            while (m.find()) {
                finished += Integer.parseInt(m.group(1));
            }
            return finished;
        }
    }

    private static long count(String sql) {
        return Long.parseLong(Db.text(sql));
    }
}
