package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The Partners screen in a real browser: both sides see their partner, a vendor ends the relationship. */
@ExtendWith(ArquillianExtension.class)
class PartnersScreenIT {

    private static final String PASSWORD = "correct horse battery"; // Api.signup's password

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aVendorSeesItsDistributorsAndEndsARelationshipWhichTheDistributorSeesEnded() throws Exception {
        var vendor = Network.vendor("Screen Partner Gems", "PROCESSING", Map.of("SP-RING", 4));
        var shop = Network.distributor("Screen Partner Boutique");
        var otherShop = Network.distributor("Other Partner Boutique");
        var link = Network.share(vendor, shop);
        Network.share(vendor, otherShop);

        browser.driver().manage().deleteAllCookies();
        browser.login(vendor.email(), PASSWORD);
        browser.open("/admin/partners/partners.xhtml");
        String table = browser.find("#partners\\:table").getText();
        assertThat(table)
                .contains(
                        "Screen Partner Boutique",
                        shop.publicId(),
                        "Other Partner Boutique",
                        "Distributor",
                        "All pieces",
                        "Active");

        browser.find("#partners\\:table\\:0\\:end").click();
        browser.waitFor()
                .until(ExpectedConditions.elementToBeClickable(By.id("partners:confirm-yes")))
                .click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "ended"));
        assertThat(browser.find("#partners\\:table").getText()).contains("Ended");

        Imports.await(
                () -> shop.api()
                                .get("/api/v1/products/" + link.skus().get("SP-RING"))
                                .json()
                                .getInt("quantity")
                        + otherShop
                                .api()
                                .get("/api/v1/products?linked=true")
                                .json()
                                .getJsonArray("items")
                                .getJsonObject(0)
                                .getInt("quantity"),
                q -> q == 4,
                Duration.ofSeconds(10)); // one of the two is at 0 now, the other still at 4

        browser.driver().manage().deleteAllCookies();
        browser.login(shop.email(), PASSWORD);
        browser.open("/admin/partners/partners.xhtml");
        String shopTable = browser.find("#partners\\:table").getText();
        assertThat(shopTable).contains("Screen Partner Gems", "Vendor").doesNotContain("Other Partner Boutique");
    }
}
