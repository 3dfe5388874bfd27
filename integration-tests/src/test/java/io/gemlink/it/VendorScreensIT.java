package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The vendor screens in a real browser: upload a catalog CSV, build a feed with its preview, grant it. */
@ExtendWith(ArquillianExtension.class)
class VendorScreensIT {

    private static final String PASSWORD = "correct horse battery"; // Api.signup's password

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void vendorUploadsACatalogBuildsAFeedSeesThePreviewAndGrantsIt() throws Exception {
        var vendor = Api.signup("Screen Jewels");
        var distributor = Api.signup("Screen Boutique");
        Path csv = Files.createTempFile("catalog", ".csv");
        Files.writeString(
                csv,
                "sku,title,category,metal,purity,price,cost,quantity,images\n"
                        + "VS-RING,Émeraude ring,RING,GOLD,18K,950,400,3,https://img.example.com/vs-ring.jpg\n"
                        + "VS-NECK,\"Pearl necklace, long\",NECKLACE,SILVER,925,120,50,8,\n"
                        + "VS-BAD,Broken,RING,GOLD,18K,-5,1,1,\n",
                StandardCharsets.UTF_8);
        browser.driver().manage().deleteAllCookies();
        browser.login(vendor.email(), PASSWORD);

        // upload the CSV and read the report
        browser.open("/admin/catalog/import.xhtml");
        browser.driver()
                .findElement(By.cssSelector("input[type=file]"))
                .sendKeys(csv.toAbsolutePath().toString());
        browser.find("#upload\\:submit").click();
        assertThat(browser.find("#created").getText()).isEqualTo("2");
        assertThat(browser.find("#rejected").getText()).isEqualTo("1");
        assertThat(browser.find("#errors").getText()).contains("4").contains("price");

        // the catalog list shows them, with a thumbnail
        browser.open("/admin/catalog/products.xhtml");
        assertThat(browser.find("#catalog\\:products").getText())
                .contains("VS-RING")
                .contains("Pearl necklace, long");
        assertThat(browser.driver().findElements(By.cssSelector("#catalog\\:products img.gl-thumb")))
                .hasSize(1);

        // build a feed of rings only and watch the preview follow the form
        browser.open("/admin/feeds/feed.xhtml");
        browser.find("#feed\\:name").sendKeys("Rings for boutiques");
        browser.find("#feed\\:categories input[value='RING']").click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview"), "VS-RING"));
        browser.find("#feed\\:markup").clear();
        browser.find("#feed\\:markup").sendKeys("10");
        browser.find("#feed\\:preview").click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview"), "1045.00"));
        assertThat(browser.find("#preview").getText()).doesNotContain("VS-NECK");
        browser.find("#feed\\:save").click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "saved"));

        // grant it: the token and URL are shown once and work
        browser.find("#grant\\:distributor").sendKeys(distributor.publicId());
        browser.find("#grant\\:create").click();
        String token = browser.find("#new-token").getText();
        String url = browser.find("#new-url").getText();
        assertThat(token).startsWith("glf_");
        assertThat(browser.find("#grant\\:list").getText()).contains(distributor.publicId());

        String path = url.substring(url.indexOf("/feeds/"));
        FeedFetch.Answer feed = FeedFetch.get(path + "?format=JSON", token, null);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.body()).contains("VS-RING").doesNotContain("VS-NECK").contains("1045.00");
        JsonObject saved = vendor.api().get("/api/v1/feeds").jsonArray().getJsonObject(0);
        assertThat(saved.getString("name")).isEqualTo("Rings for boutiques");
        assertThat(saved.getJsonObject("filter").getJsonArray("categories").getString(0))
                .isEqualTo("RING");

        // and the vendor sees the fetch on the grant after a reload
        browser.open(path.replace("/feeds/", "/admin/feeds/feed.xhtml?id="));
        assertThat(browser.find("#grant\\:list").getText()).contains("(1 fetches)");
        assertThat(browser.driver().getPageSource()).doesNotContain(token);

        // granting the same distributor again is refused on the screen: no second live token
        browser.find("#grant\\:distributor").sendKeys(distributor.publicId());
        browser.find("#grant\\:create").click();
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("messages"), "already has a live grant"));
        assertThat(browser.driver().findElements(By.id("new-token"))).isEmpty();
        assertThat(vendor.api()
                        .get(path.replace("/feeds/", "/api/v1/feeds/") + "/grants")
                        .jsonArray())
                .hasSize(1);

        // an unknown public id is refused at the field, by the form's label, and the field is marked
        browser.find("#grant\\:distributor").clear();
        browser.find("#grant\\:distributor").sendKeys("XX-999999");
        browser.find("#grant\\:create").click();
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("messages"), "Distributor public id: no account has this public id"));
        assertThat(browser.find("#grant\\:distributor").getAttribute("class")).contains("ui-state-error");
    }

    @Test
    void vendorEditsAProductWithAStoneAndSeesItsOtherSizes() {
        var vendor = Api.signup("Edit Jewels");
        vendor.api().post("/api/v1/products", """
                [{"sku": "ED-6", "title": "Band", "category": "RING", "price": 200, "quantity": 1,
                "variantGroup": "ED", "size": "6"},
                 {"sku": "ED-7", "title": "Band", "category": "RING", "price": 200, "quantity": 2,
                 "variantGroup": "ED", "size": "7"}]""");
        browser.driver().manage().deleteAllCookies();
        browser.login(vendor.email(), PASSWORD);

        browser.open("/admin/catalog/product.xhtml?sku=ED-7");
        assertThat(browser.find("#product\\:variants").getText())
                .contains("ED-6")
                .contains("ED-7");
        browser.find("#product\\:title").clear();
        browser.find("#product\\:title").sendKeys("Band with a sapphire");
        browser.find("#product\\:addStone").click();
        browser.waitFor()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#product\\:stones tbody input")));
        var stoneInputs = browser.driver().findElements(By.cssSelector("#product\\:stones tbody input"));
        stoneInputs.get(0).sendKeys("SAPPHIRE");
        stoneInputs.get(2).sendKeys("0.4");
        stoneInputs.get(3).sendKeys("1");
        browser.find("#product\\:save").click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "saved"));

        JsonObject saved = vendor.api().get("/api/v1/products/ED-7").json();
        assertThat(saved.getString("title")).isEqualTo("Band with a sapphire");
        assertThat(saved.getJsonArray("stones").getJsonObject(0).getString("type"))
                .isEqualTo("SAPPHIRE");
        assertThat(saved.getInt("quantity")).isEqualTo(2);

        // a bad value is refused naming the field by its label and marking it, and nothing changes
        browser.find("#product\\:quantity").clear();
        browser.find("#product\\:quantity").sendKeys("-3");
        browser.find("#product\\:save").click();
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("messages"), "Quantity: must be 0 or more"));
        assertThat(browser.find("#product\\:quantity").getAttribute("class")).contains("ui-state-error");
        assertThat(vendor.api().get("/api/v1/products/ED-7").json().getInt("quantity"))
                .isEqualTo(2);
    }
}
