package io.gemlink.it;

import static io.gemlink.it.OrderLifecycleIT.activity;
import static io.gemlink.it.OrderLifecycleIT.dropshipOrderOf;
import static io.gemlink.it.OrderLifecycleIT.get;
import static io.gemlink.it.OrderLifecycleIT.line;
import static io.gemlink.it.OrderLifecycleIT.linePath;
import static io.gemlink.it.OrderLifecycleIT.lines;
import static io.gemlink.it.OrderLifecycleIT.place;
import static io.gemlink.it.OrderLifecycleIT.ship;
import static io.gemlink.it.OrderLifecycleIT.stock;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A vendor's proposed ship date for a line (issue #17): the vendor proposes, both sides' lines show it, the
 * distributor accepts (the line stays) or refuses (the line is cancelled on both sides as by the distributor's
 * cancel, its stock given back); every other way is refused with nothing changed. And the orders that need the
 * caller's action ({@code ?needsAction=true}), its own only.
 */
@ExtendWith(ArquillianExtension.class)
class OrderProposalsIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String LATER = TODAY.plusDays(21).toString();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theVendorProposesALaterDateAndTheDistributorAcceptsIt() throws Exception {
        var vendor = Network.vendor("Propose Gems", "PROCESSING", Map.of("PR-A", 5, "PR-B", 1));
        var shop = Network.distributor("Propose Boutique");
        var skus = Network.link(vendor, shop);
        JsonObject order = place(shop, lines(skus.get("PR-A"), 2, skus.get("PR-B"), 3));
        JsonObject vendorOrder = dropshipOrderOf(vendor, order);
        assertThat(line(vendorOrder, 2).getBoolean("backordered")).isTrue();
        assertThat(line(vendorOrder, 2).isNull("proposedShipDate")).isTrue();

        var proposed = propose(vendor, vendorOrder, 2, "{\"shipDate\":\"" + LATER + "\",\"note\":\"stones due\"}");

        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(200);
        JsonObject proposal = line(proposed.json(), 2).getJsonObject("proposedShipDate");
        assertThat(proposal.getString("date")).isEqualTo(LATER);
        assertThat(proposal.getString("note")).isEqualTo("stones due");
        assertThat(proposal.getString("at")).isNotBlank();
        assertThat(proposal.isNull("answer")).isTrue();
        assertThat(line(proposed.json(), 2).getString("state")).isEqualTo("OPEN");
        assertThat(line(get(shop, order), 2).getJsonObject("proposedShipDate"))
                .as("the distributor's linked line shows the same proposal")
                .isEqualTo(proposal);
        assertThat(activity(vendor)).anyMatch(m -> m.contains(LATER) && m.contains("stones due"));
        assertThat(activity(shop)).anyMatch(m -> m.contains(vendor.publicId()) && m.contains(LATER));
        assertThat(numbers(shop, true))
                .as("waiting for the distributor's answer")
                .contains(order.getString("number"));

        assertThat(vendor.api()
                        .post(linePath(vendorOrder, 2, "proposal/accept"), "")
                        .status())
                .as("the vendor answering its own proposal, on its dropship order")
                .isEqualTo(409);
        assertThat(vendor.api().post(linePath(order, 2, "proposal/accept"), "").status())
                .as("the vendor answering on the distributor's order")
                .isEqualTo(404);
        assertThat(shop.api().post(linePath(order, 1, "proposal/accept"), "").status())
                .as("a line with no proposal")
                .isEqualTo(409);

        var accepted = shop.api().post(linePath(order, 2, "proposal/accept"), "");

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(line(accepted.json(), 2).getString("state")).isEqualTo("OPEN");
        assertThat(line(accepted.json(), 2).getJsonObject("proposedShipDate").getString("answer"))
                .isEqualTo("ACCEPTED");
        JsonObject vendorLine = line(get(vendor, vendorOrder), 2);
        assertThat(vendorLine.getJsonObject("proposedShipDate").getString("answer"))
                .isEqualTo("ACCEPTED");
        assertThat(vendorLine.getString("state")).isEqualTo("OPEN");
        assertThat(stock(vendor, "PR-A")).as("nothing given back").isEqualTo(3);
        assertThat(activity(vendor)).anyMatch(m -> m.contains(shop.publicId()) && m.contains("accepted ship date"));
        assertThat(shop.api().post(linePath(order, 2, "proposal/accept"), "").status())
                .as("answered already")
                .isEqualTo(409);
        assertThat(shop.api().post(linePath(order, 2, "proposal/refuse"), "").status())
                .as("answered already: no refusal after the acceptance")
                .isEqualTo(409);
        assertThat(line(get(shop, order), 2).getString("state")).isEqualTo("OPEN");
        assertThat(numbers(shop, true))
                .as("answered: nothing waits for the distributor")
                .isEmpty();
    }

    @Test
    void refusingTheDateCancelsTheLineAsTheDistributorsCancelWouldAndGivesTheStockBack() throws Exception {
        var vendor = Network.vendor("Refuse Gems", "PROCESSING", Map.of("RF-A", 5, "RF-B", 5));
        var shop = Network.distributor("Refuse Boutique");
        var skus = Network.link(vendor, shop);
        JsonObject order = place(shop, lines(skus.get("RF-A"), 2, skus.get("RF-B"), 1));
        JsonObject vendorOrder = dropshipOrderOf(vendor, order);
        assertThat(stock(vendor, "RF-A")).isEqualTo(3);
        assertThat(vendor.api().post(linePath(vendorOrder, 1, "accept"), "").status())
                .isEqualTo(200);
        assertThat(propose(vendor, vendorOrder, 1, "{\"shipDate\":\"" + LATER + "\"}")
                        .status())
                .as("an ACCEPTED line may get a later date too")
                .isEqualTo(200);

        var refused = shop.api().post(linePath(order, 1, "proposal/refuse"), "");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
        assertThat(line(refused.json(), 1).getString("state")).isEqualTo("CANCELLED");
        assertThat(line(refused.json(), 1).getJsonObject("proposedShipDate").getString("answer"))
                .isEqualTo("REFUSED");
        assertThat(line(refused.json(), 2).getString("state")).isEqualTo("OPEN");
        assertThat(stock(vendor, "RF-A"))
                .as("the cancelled line's 2 units back")
                .isEqualTo(5);
        assertThat(stock(vendor, "RF-B")).isEqualTo(4);
        JsonObject seen = get(vendor, vendorOrder);
        assertThat(line(seen, 1).getString("state")).isEqualTo("CANCELLED");
        assertThat(line(seen, 1).getJsonObject("proposedShipDate").getString("answer"))
                .isEqualTo("REFUSED");
        JsonObject cancellation = seen.getJsonObject("cancellation");
        assertThat(cancellation.getString("by")).isEqualTo(shop.publicId());
        assertThat(cancellation.getString("reason")).isEqualTo("BACKORDER_TOO_LONG");
        assertThat(get(shop, order).getJsonObject("cancellation").getString("reason"))
                .isEqualTo("BACKORDER_TOO_LONG");
        assertThat(activity(vendor))
                .anyMatch(m -> m.contains(shop.publicId()) && m.contains("BACKORDER_TOO_LONG") && m.contains(LATER));

        assertThat(shop.api().post(linePath(order, 1, "proposal/refuse"), "").status())
                .as("refused already")
                .isEqualTo(409);
        assertThat(propose(vendor, vendorOrder, 1, "{\"shipDate\":\"" + LATER + "\"}")
                        .status())
                .as("proposing on a CANCELLED line")
                .isEqualTo(409);
        assertThat(stock(vendor, "RF-A")).as("given back once").isEqualTo(5);
    }

    @Test
    void forbiddenProposalsAndBadDatesChangeNothing() throws Exception {
        var vendor = Network.vendor("Forbid Gems", "PROCESSING", Map.of("FB-A", 5, "FB-B", 5));
        var shop = Network.distributor("Forbid Boutique");
        var stranger = Network.distributor("Forbid Stranger");
        var skus = Network.link(vendor, shop);
        JsonObject order = place(shop, lines(skus.get("FB-A"), 1, skus.get("FB-B"), 1));
        JsonObject vendorOrder = dropshipOrderOf(vendor, order);
        String good = "{\"shipDate\":\"" + LATER + "\"}";

        assertThat(propose(shop, order, 1, good).status())
                .as("the distributor proposing on its own order")
                .isEqualTo(409);
        assertThat(propose(shop, vendorOrder, 1, good).status())
                .as("the distributor proposing on its vendor's dropship order")
                .isEqualTo(404);
        assertThat(propose(stranger, vendorOrder, 1, good).status()).isEqualTo(404);
        assertThat(stranger.api()
                        .post(linePath(order, 1, "proposal/refuse"), "")
                        .status())
                .isEqualTo(404);
        assertThat(propose(vendor, vendorOrder, 9, good).status())
                .as("no line 9")
                .isEqualTo(404);
        for (String bad : List.of(
                "{}",
                "{\"shipDate\":\"" + TODAY + "\"}",
                "{\"shipDate\":\"" + TODAY.minusDays(1) + "\"}",
                "{\"shipDate\":\"2031-13-01\"}",
                "{\"shipDate\":\"next week\"}")) {
            var r = propose(vendor, vendorOrder, 1, bad);
            assertThat(r.status()).as(bad + " → " + r).isEqualTo(422);
            assertThat(r.errorFields()).as(bad).containsExactly("shipDate");
        }
        var longNote = propose(
                vendor, vendorOrder, 1, "{\"shipDate\":\"" + LATER + "\",\"note\":\"" + "x".repeat(501) + "\"}");
        assertThat(longNote.status()).isEqualTo(422);
        assertThat(longNote.errorFields()).containsExactly("note");
        assertThat(shop.api().post(linePath(order, 1, "proposal/accept"), "").status())
                .as("no proposal to answer")
                .isEqualTo(409);

        assertThat(vendor.api()
                        .post(linePath(vendorOrder, 2, "reject"), "{\"reason\":\"DISCONTINUED\"}")
                        .status())
                .isEqualTo(200);
        assertThat(propose(vendor, vendorOrder, 2, good).status())
                .as("proposing on a REJECTED line")
                .isEqualTo(409);
        assertThat(ship(vendor, vendorOrder, "PROP-1").status()).isEqualTo(201);
        assertThat(propose(vendor, vendorOrder, 1, good).status())
                .as("proposing on a SHIPPED line")
                .isEqualTo(409);

        JsonObject after = get(shop, order);
        assertThat(line(after, 1).isNull("proposedShipDate"))
                .as("nothing was proposed")
                .isTrue();
        assertThat(line(after, 2).isNull("proposedShipDate")).isTrue();
        assertThat(stock(vendor, "FB-A")).isEqualTo(4);
    }

    @Test
    void needsActionListsOnlyTheCallersOwnOrdersThatWaitForIt() throws Exception {
        var vendor = Network.vendor("Action Gems", "PROCESSING", Map.of("NA-A", 50));
        var shop = Network.distributor("Action Boutique");
        var other = Network.distributor("Action Other");
        var skus = Network.link(vendor, shop);
        Network.link(vendor, other);
        JsonObject waiting = place(shop, lines(skus.get("NA-A"), 1));
        JsonObject answered = place(shop, lines(skus.get("NA-A"), 1));
        JsonObject proposedOn = place(shop, lines(skus.get("NA-A"), 1));
        JsonObject vendorWaiting = dropshipOrderOf(vendor, waiting);
        JsonObject vendorAnswered = dropshipOrderOf(vendor, answered);
        JsonObject vendorProposed = dropshipOrderOf(vendor, proposedOn);
        assertThat(vendor.api().post(linePath(vendorAnswered, 1, "accept"), "").status())
                .isEqualTo(200);
        assertThat(vendor.api().post(linePath(vendorProposed, 1, "accept"), "").status())
                .isEqualTo(200);
        assertThat(propose(vendor, vendorProposed, 1, "{\"shipDate\":\"" + LATER + "\"}")
                        .status())
                .isEqualTo(200);

        assertThat(numbers(vendor, true))
                .as("the vendor: its dropship orders with an OPEN line")
                .contains(vendorWaiting.getString("number"))
                .doesNotContain(vendorAnswered.getString("number"), vendorProposed.getString("number"));
        assertThat(numbers(shop, true))
                .as("the distributor: its orders with a proposal to answer")
                .containsExactly(proposedOn.getString("number"));
        assertThat(numbers(other, true))
                .as("another distributor sees none of them")
                .isEmpty();
        assertThat(numbers(shop, false)).hasSize(3);
        var bad = shop.api().get("/api/v1/orders?needsAction=maybe");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.errorFields()).containsExactly("needsAction");
    }

    static Api.Response propose(Api.Account account, JsonObject order, int lineNo, String body) {
        return account.api().post(linePath(order, lineNo, "propose-date"), body);
    }

    /** The numbers of the account's orders, only those that need its action when asked. */
    static List<String> numbers(Api.Account account, boolean needsAction) {
        var r = account.api().get("/api/v1/orders?size=500" + (needsAction ? "&needsAction=true" : ""));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("number"))
                .toList();
    }
}
