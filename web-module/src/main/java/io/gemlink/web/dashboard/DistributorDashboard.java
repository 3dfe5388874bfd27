package io.gemlink.web.dashboard;

import io.gemlink.catalog.boundary.CatalogStats;
import io.gemlink.feeds.boundary.FeedStats;
import io.gemlink.linking.boundary.ImportStats;
import io.gemlink.orders.api.Channel;
import io.gemlink.orders.api.OrderStatus;
import io.gemlink.orders.boundary.OrderStats;
import io.gemlink.tracking.boundary.WebhookStats;
import io.gemlink.web.admin.CurrentUser;
import io.gemlink.web.admin.Labels;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The distributor's overview: its setup checklist and its dashboard (its orders per day per channel, backorders and
 * rejections, import runs with their durations and failures, each source's freshness, webhook failures).
 */
@Named
@RequestScoped
public class DistributorDashboard {

    static final int DAYS = 30;

    @EJB
    OrderStats orders;

    @EJB
    ImportStats imports;

    @EJB
    FeedStats feeds;

    @EJB
    CatalogStats catalog;

    @EJB
    WebhookStats webhooks;

    @Inject
    CurrentUser currentUser;

    private Checklist checklist;
    private Map<OrderStatus, Long> byStatus;
    private List<ImportStats.DayRuns> runs;
    private List<ImportStats.Freshness> freshness;
    private WebhookStats.Deliveries deliveries;
    private Long backordered;
    private final Instant now = Instant.now();

    public Checklist getChecklist() {
        if (checklist == null) {
            long account = currentUser.accountId();
            long grants = feeds.liveGrantsReceived(account);
            long sources = imports.sources(account);
            long succeeded = imports.succeededRuns(account);
            long orderCount = orders.channelOrders(account);
            checklist = new Checklist(List.of(
                    new Step(
                            "grant",
                            "Get a grant from a vendor",
                            grants > 0
                                    ? grants + " live " + (grants == 1 ? "grant" : "grants") + " from vendors"
                                    : "Give a vendor your public id "
                                            + currentUser.getAccount().publicId()
                                            + "; its grant shows on the Partners page",
                            grants > 0,
                            "/admin/partners/partners.xhtml",
                            "Partners"),
                    new Step(
                            "source",
                            "Add the import source",
                            sources > 0
                                    ? sources + (sources == 1 ? " import source" : " import sources")
                                    : "Enter the vendor's feed URL and token",
                            sources > 0,
                            "/admin/imports/source.xhtml",
                            "Add an import source"),
                    new Step(
                            "run",
                            "Run it",
                            succeeded > 0 ? linked(catalog.linkedProducts(account)) : "No successful run yet",
                            succeeded > 0,
                            "/admin/imports/sources.xhtml",
                            "Import sources"),
                    new Step(
                            "order",
                            "Place a test order",
                            orderCount > 0 ? orderCount + (orderCount == 1 ? " order" : " orders") : "No order yet",
                            orderCount > 0,
                            "/admin/orders/new-order.xhtml",
                            "New manual order")));
        }
        return checklist;
    }

    /** The distributor's own channels' orders per status (only statuses it has). */
    public Map<OrderStatus, Long> getByStatus() {
        if (byStatus == null) {
            byStatus = orders.byStatus(currentUser.accountId(), false);
        }
        return byStatus;
    }

    public List<Map.Entry<OrderStatus, Long>> getStatusRows() {
        return new ArrayList<>(getByStatus().entrySet());
    }

    public long count(String status) {
        return getByStatus().getOrDefault(OrderStatus.valueOf(status), 0L);
    }

    public long getRejected() {
        return count("REJECTED") + count("PARTIALLY_REJECTED");
    }

    public long getBackordered() {
        if (backordered == null) {
            backordered = orders.backordered(currentUser.accountId());
        }
        return backordered;
    }

    public List<ImportStats.Freshness> getSources() {
        if (freshness == null) {
            freshness = imports.freshness(currentUser.accountId(), since(), now);
        }
        return freshness;
    }

    public long getStaleSources() {
        return getSources().stream().filter(ImportStats.Freshness::stale).count();
    }

    private List<ImportStats.DayRuns> runs() {
        if (runs == null) {
            runs = imports.perDay(currentUser.accountId(), since());
        }
        return runs;
    }

    public long getRuns() {
        return runs().stream().mapToLong(ImportStats.DayRuns::runs).sum();
    }

    public long getFailedRuns() {
        return runs().stream()
                .filter(r -> "FAILED".equals(r.status()))
                .mapToLong(ImportStats.DayRuns::runs)
                .sum();
    }

    public WebhookStats.Deliveries getDeliveries() {
        if (deliveries == null) {
            deliveries = webhooks.deliveries(currentUser.accountId(), since());
        }
        return deliveries;
    }

    /** The distributor's orders per UTC day, one stacked series per channel it has orders from. */
    public String getOrdersChart() {
        List<LocalDate> days = days();
        Map<Channel, Map<LocalDate, Long>> perChannel = new EnumMap<>(Channel.class);
        orders.perDay(currentUser.accountId(), false, since())
                .forEach(c -> perChannel
                        .computeIfAbsent(c.channel(), k -> new HashMap<>())
                        .merge(c.day(), c.count(), Long::sum));
        Map<String, List<Long>> series = new LinkedHashMap<>();
        perChannel.forEach((channel, counts) -> series.put(
                Labels.label(channel),
                days.stream().map(d -> counts.getOrDefault(d, 0L)).toList()));
        return ChartJson.bars(ChartJson.dayLabels(days), series, "orders");
    }

    /** Orders per status. */
    public String getStatusChart() {
        return ChartJson.bars(
                getByStatus().keySet().stream().map(Labels::label).toList(),
                Map.of("Orders", List.copyOf(getByStatus().values())),
                "orders");
    }

    /** Runs per day, succeeded and failed, with the mean duration of the day's finished runs in seconds. */
    public String getRunsChart() {
        List<LocalDate> days = days();
        Map<LocalDate, long[]> perDay = new HashMap<>(); // succeeded, failed, sum of ms, finished runs
        for (ImportStats.DayRuns r : runs()) {
            long[] d = perDay.computeIfAbsent(r.day(), k -> new long[4]);
            if ("FAILED".equals(r.status())) {
                d[1] += r.runs();
            } else if ("SUCCEEDED".equals(r.status())) {
                d[0] += r.runs();
            }
            if (!"RUNNING".equals(r.status())) {
                d[2] += r.averageMillis() * r.runs();
                d[3] += r.runs();
            }
        }
        Map<String, List<Long>> counts = new LinkedHashMap<>();
        counts.put(
                "Succeeded",
                days.stream().map(d -> perDay.getOrDefault(d, new long[4])[0]).toList());
        counts.put(
                "Failed",
                days.stream().map(d -> perDay.getOrDefault(d, new long[4])[1]).toList());
        List<Long> seconds = days.stream()
                .map(d -> perDay.getOrDefault(d, new long[4]))
                .map(d -> d[3] == 0 ? null : Math.round(d[2] / (double) d[3] / 1000.0))
                .toList();
        return ChartJson.barsWithLine(ChartJson.dayLabels(days), counts, "Mean duration (s)", seconds, "seconds");
    }

    private static String linked(long n) {
        return n + (n == 1 ? " linked product" : " linked products");
    }

    private List<LocalDate> days() {
        return ChartJson.lastDays(LocalDate.ofInstant(now, ZoneOffset.UTC), DAYS);
    }

    private Instant since() {
        return LocalDate.ofInstant(now, ZoneOffset.UTC)
                .minusDays(DAYS - 1)
                .atStartOfDay()
                .toInstant(ZoneOffset.UTC);
    }
}
