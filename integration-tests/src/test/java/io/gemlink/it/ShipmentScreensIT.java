package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Correcting and voiding a shipment on the admin screens, in a real browser: the vendor corrects the tracking
 * number of its shipment on its dropship order page and the distributor's order page shows the new number; the
 * vendor voids the shipment, confirming it, and both orders go back to where they were before shipping.
 */
@ExtendWith(ArquillianExtension.class)
class ShipmentScreensIT {

    private static final String UPS_A = "1Z999AA10123456784";
    private static final String UPS_B = "1Z999AA10987654328";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theVendorCorrectsAndVoidsItsShipmentAndTheDistributorsOrderFollows() throws Exception {
        var vendor = Network.vendor("Screen Parcel Gems", "PROCESSING", Map.of("SSP-A", 5));
        var shop = Network.distributor("Screen Parcel Boutique");
        var skus = Network.link(vendor, shop);
        JsonObject order = OrderLifecycleIT.place(shop, OrderLifecycleIT.lines(skus.get("SSP-A"), 1));
        JsonObject vendorOrder = OrderLifecycleIT.dropshipOrderOf(vendor, order);
        String vendorBefore = OrderLifecycleIT.get(vendor, vendorOrder).getString("status");
        String shopBefore = OrderLifecycleIT.get(shop, order).getString("status");
        var shipped = vendor.api()
                .post(
                        OrderLifecycleIT.orderPath(vendorOrder) + "/shipments",
                        TrackingIT.shipment(
                                "UPS", UPS_A, LocalDate.now(ZoneOffset.UTC).toString(), null));
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(201);

        browser.openAs(vendor, LifecycleScreensIT.page(vendorOrder));
        assertThat(browser.find("#status").getText()).isEqualTo("Shipped");
        new Select(browser.find("#tracking\\:correct-shipment")).selectByIndex(1); // the one shipment
        browser.find("#tracking\\:correct-number").sendKeys(UPS_B);
        browser.find("#tracking\\:correct").click();
        browser.awaitMessage("Shipment corrected: UPS " + UPS_B);
        assertThat(browser.find("#tracking\\:shipments").getText())
                .contains(UPS_B)
                .doesNotContain(UPS_A);

        browser.openAs(shop, LifecycleScreensIT.page(order));
        assertThat(browser.find("#tracking\\:shipments").getText())
                .contains(UPS_B)
                .doesNotContain(UPS_A)
                .contains("from the vendor");
        assertThat(browser.find("#status").getText()).isEqualTo("Shipped");
        assertThat(browser.driver().findElements(By.id("tracking:shipments:0:void")))
                .as("the distributor's copy is the vendor's to change")
                .isEmpty();

        browser.openAs(vendor, LifecycleScreensIT.page(vendorOrder));
        browser.find("#tracking\\:shipments\\:0\\:void").click();
        browser.find("#order\\:confirm-yes").click();
        browser.awaitMessage("Shipment voided");
        assertThat(browser.find("#status").getAttribute("data-code")).isEqualTo(vendorBefore);
        assertThat(browser.find("#tracking\\:shipments").getText()).contains("No tracking yet");
        assertThat(browser.find(".line-1 .line-state").getText()).isEqualTo("Open");
        assertThat(browser.cspViolations()).isEmpty();

        browser.openAs(shop, LifecycleScreensIT.page(order));
        assertThat(browser.find("#status").getAttribute("data-code")).isEqualTo(shopBefore);
        assertThat(browser.find("#tracking\\:shipments").getText()).contains("No tracking yet");
        assertThat(browser.find(".line-1 .line-state").getText()).isEqualTo("Open");

        JsonObject vendorNow = OrderLifecycleIT.get(vendor, vendorOrder);
        JsonObject shopNow = OrderLifecycleIT.get(shop, order);
        assertThat(vendorNow.getString("status")).isEqualTo(vendorBefore);
        assertThat(shopNow.getString("status")).isEqualTo(shopBefore);
        assertThat(vendorNow.getJsonArray("shipments")).isEmpty();
        assertThat(shopNow.getJsonArray("shipments")).isEmpty();
        assertThat(OrderLifecycleIT.line(shopNow, 1).getString("state")).isEqualTo("OPEN");
        var history = vendor.api()
                .get(OrderLifecycleIT.orderPath(vendorOrder) + "/shipments/"
                        + shipped.json().getJsonNumber("id") + "/history");
        assertThat(history.jsonArray().getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("field") + " by " + c.getString("changedBy"))
                .containsExactlyInAnyOrder(
                        "trackingNumber by user " + vendor.email(), "voided by user " + vendor.email());
    }
}
