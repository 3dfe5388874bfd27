package io.gemlink.web.dashboard;

import io.gemlink.account.api.DropshippingSettingsView;
import io.gemlink.account.boundary.SettingsService;
import io.gemlink.catalog.boundary.CatalogStats;
import io.gemlink.feeds.boundary.FeedStats;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The vendor's overview: its setup checklist and its dashboard (dropship orders received per day, those awaiting
 * tracking and their age, backorders and cancellations, webhook failures, low stock on linked products).
 */
@Named
@RequestScoped
public class VendorDashboard {

    static final int DAYS = 30;
    static final String DROPSHIP_ORDERS = "/admin/orders/orders.xhtml?channel=DROPSHIPPING";

    @EJB
    OrderStats orders;

    @EJB
    CatalogStats catalog;

    @EJB
    FeedStats feeds;

    @EJB
    WebhookStats webhooks;

    @EJB
    SettingsService settings;

    @Inject
    CurrentUser currentUser;

    private Checklist checklist;
    private Map<OrderStatus, Long> byStatus;
    private OrderStats.Ages ages;
    private WebhookStats.Deliveries deliveries;
    private final Instant now = Instant.now();

    public Checklist getChecklist() {
        if (checklist == null) {
            long account = currentUser.accountId();
            long products = catalog.ownProducts(account);
            long feedCount = feeds.feeds(account);
            long grants = feeds.liveGrantsGiven(account);
            DropshippingSettingsView dropship = settings.dropshipping(account);
            boolean statusChosen = dropship.enabled() && dropship.vendorOrderStatus() != null;
            checklist = new Checklist(List.of(
                    new Step(
                            "products",
                            "Add products",
                            products > 0 ? products + " in your catalog" : "Your catalog is empty",
                            products > 0,
                            "/admin/catalog/products.xhtml",
                            "Catalog"),
                    new Step(
                            "feed",
                            "Build a feed",
                            feedCount > 0 ? feedCount + (feedCount == 1 ? " feed" : " feeds") : "No feed yet",
                            feedCount > 0,
                            "/admin/feeds/feeds.xhtml",
                            "Feeds"),
                    new Step(
                            "grant",
                            "Grant a distributor",
                            grants > 0 ? grants + " live " + (grants == 1 ? "grant" : "grants") : "No distributor yet",
                            grants > 0,
                            "/admin/feeds/feeds.xhtml",
                            "Feeds and grants"),
                    new Step(
                            "status",
                            "Choose the dropship status",
                            statusChosen
                                    ? "Dropship orders arrive as " + Labels.label(dropship.vendorOrderStatus())
                                    : dropship.enabled()
                                            ? "No status chosen: you receive no dropship orders"
                                            : "Dropshipping is off",
                            statusChosen,
                            "/admin/settings/dropshipping.xhtml",
                            "Dropshipping settings")));
        }
        return checklist;
    }

    /** The vendor's dropship orders per status (only statuses it has), in the statuses' order. */
    public Map<OrderStatus, Long> getByStatus() {
        if (byStatus == null) {
            byStatus = orders.byStatus(currentUser.accountId(), true);
        }
        return byStatus;
    }

    public List<Map.Entry<OrderStatus, Long>> getStatusRows() {
        return new ArrayList<>(getByStatus().entrySet());
    }

    public long count(String status) {
        return getByStatus().getOrDefault(OrderStatus.valueOf(status), 0L);
    }

    public OrderStats.Ages getAges() {
        if (ages == null) {
            ages = orders.awaitingTracking(currentUser.accountId(), now);
        }
        return ages;
    }

    public List<CatalogStats.LowStock> getLowStock() {
        return catalog.lowStockLinked(currentUser.accountId(), 10);
    }

    public long getLowStockCount() {
        return catalog.lowStockLinked(currentUser.accountId());
    }

    public int getLowStockLevel() {
        return CatalogStats.LOW_STOCK;
    }

    public WebhookStats.Deliveries getDeliveries() {
        if (deliveries == null) {
            deliveries = webhooks.deliveries(currentUser.accountId(), since());
        }
        return deliveries;
    }

    public String ordersLink(OrderStatus status) {
        return DROPSHIP_ORDERS + "&status=" + status.name();
    }

    /** Dropship orders received per UTC day, the last {@value #DAYS} days. */
    public String getOrdersChart() {
        List<LocalDate> days = ChartJson.lastDays(LocalDate.ofInstant(now, ZoneOffset.UTC), DAYS);
        Map<LocalDate, Long> perDay = new LinkedHashMap<>();
        days.forEach(d -> perDay.put(d, 0L));
        orders.perDay(currentUser.accountId(), true, since()).forEach(c -> perDay.merge(c.day(), c.count(), Long::sum));
        return ChartJson.bars(
                ChartJson.dayLabels(days), Map.of("Dropship orders", List.copyOf(perDay.values())), "orders");
    }

    /** Orders awaiting tracking by age. */
    public String getAgesChart() {
        OrderStats.Ages a = getAges();
        return ChartJson.bars(
                List.of("under 1 day", "1–3 days", "3–7 days", "over 7 days"),
                Map.of(
                        "Awaiting tracking",
                        List.of(a.underOneDay(), a.oneToThreeDays(), a.threeToSevenDays(), a.overSevenDays())),
                "orders");
    }

    /** Dropship orders per status. */
    public String getStatusChart() {
        return ChartJson.bars(
                getByStatus().keySet().stream().map(Labels::label).toList(),
                Map.of("Dropship orders", List.copyOf(getByStatus().values())),
                "orders");
    }

    public boolean isAwaiting(OrderStatus status) {
        return OrderStats.AWAITING_TRACKING.contains(status);
    }

    private Instant since() {
        return LocalDate.ofInstant(now, ZoneOffset.UTC)
                .minusDays(DAYS - 1)
                .atStartOfDay()
                .toInstant(ZoneOffset.UTC);
    }
}
