package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The catalog list by product in a real browser (docs/screens.md, "Variant groups"): a ring in three sizes is one
 * row with its sizes, its stock together and its price range, and opens to its three SKUs; a search by one size's
 * SKU finds the ring open with that size marked; hiding the selected ring hides its three sizes; totals and pages
 * count products, not SKUs; another vendor's group of the same name stays out.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogVariantsIT {

    private static final String LIST = "/admin/catalog/products.xhtml";
    private static final String ROWS = "[id='catalog:products'] tbody tr[data-ri]";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aRingInThreeSizesIsOneProductThatOpensSearchesAndHidesWhole() {
        var vendor = Api.signup("Variant Gems");
        load(vendor, """
                [{"sku":"VG-RING-8","title":"Solitaire ring","category":"RING","price":140,"quantity":4,
                  "variantGroup":"VG-RING","size":"8"},
                 {"sku":"VG-RING-6","title":"Solitaire ring","category":"RING","price":120,"quantity":2,
                  "variantGroup":"VG-RING","size":"6"},
                 {"sku":"VG-RING-10","title":"Solitaire ring","category":"RING","price":130,"quantity":3,
                  "variantGroup":"VG-RING","size":"10"},
                 {"sku":"VG-NECK","title":"Pearl necklace","category":"NECKLACE","price":50,"quantity":5},
                 {"sku":"VG-HOOP","title":"Gold hoops","category":"EARRINGS","price":90,"quantity":1}]""");
        // another vendor's group of the same name: never in this vendor's list, never hidden by it
        var other = Api.signup("Variant Gems Elsewhere");
        load(other, """
                [{"sku":"VG-RING-9","title":"Someone else's ring","category":"RING","price":999,"quantity":7,
                  "variantGroup":"VG-RING","size":"9"}]""");

        browser.openAs(vendor, LIST);
        assertThat(browser.find("#catalog-total").getText()).isEqualTo("3 products (5 SKUs)");
        assertThat(rowTexts()).as("one row per product").hasSize(3);
        WebElement ring = row("VG-RING");
        assertThat(ring.getText())
                .contains("Solitaire ring")
                .contains("3 sizes: 6–10")
                .contains("$120.00–$140.00")
                .doesNotContain("VG-RING-9")
                .doesNotContain("999");
        assertThat(ring.findElement(By.cssSelector(".gl-stock")).getText())
                .as("the sizes' stock together")
                .isEqualTo("9");
        assertThat(row("VG-NECK").getText()).contains("$50.00").doesNotContain("–");
        assertThat(names())
                .as("newest first: by each product's first SKU")
                .containsExactly("VG-HOOP", "VG-NECK", "VG-RING");

        // the ring opens to its sizes, in the order people count them
        ring.findElement(By.cssSelector(".ui-row-toggler")).click();
        browser.waitFor().until(d -> variantSkus().size() == 3);
        assertThat(variantSkus()).containsExactly("VG-RING-6", "VG-RING-8", "VG-RING-10");
        assertThat(browser.find(".gl-variants").getText()).contains("$140.00").contains("Visible");

        // sorted by price: cheapest first by its cheapest size, dearest first by its dearest size
        sortBy("Price");
        awaitNames("VG-NECK", "VG-HOOP", "VG-RING");
        sortBy("Price");
        awaitNames("VG-RING", "VG-HOOP", "VG-NECK");

        // a search by one size's SKU finds the ring, open, that size marked
        browser.open(LIST);
        browser.find("#catalog\\:q").sendKeys("vg-ring-8");
        browser.find("#catalog\\:search").click();
        browser.waitFor().until(ExpectedConditions.textToBe(By.id("catalog-total"), "1 product"));
        awaitNames("VG-RING");
        browser.waitFor().until(d -> variantSkus().size() == 3);
        assertThat(texts("[id='catalog:products'] tr.gl-variant-match a.gl-variant-sku"))
                .containsExactly("VG-RING-8");

        // selecting the ring hides its three sizes, nothing else
        browser.open(LIST);
        select("VG-RING");
        browser.find("#catalog\\:hide").click();
        browser.awaitMessage("Hidden: 3 products.");
        for (String sku : List.of("VG-RING-6", "VG-RING-8", "VG-RING-10")) {
            assertThat(hidden(vendor, sku)).as(sku).isTrue();
        }
        assertThat(hidden(vendor, "VG-NECK")).isFalse();
        assertThat(hidden(vendor, "VG-HOOP")).isFalse();
        assertThat(hidden(other, "VG-RING-9"))
                .as("another vendor's group of that name")
                .isFalse();
        browser.waitFor()
                .until(d -> row("VG-RING")
                        .findElement(By.cssSelector(".product-hidden"))
                        .getText()
                        .equals("Hidden"));
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void pagesAndTotalsCountProducts() {
        var vendor = Api.signup("Variant Pages");
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (int i = 1; i <= 26; i++) {
            for (String size : List.of("6", "7")) {
                items.add(Json.createObjectBuilder()
                        .add("sku", "VP-%02d-%s".formatted(i, size))
                        .add("title", "Band " + i)
                        .add("category", "RING")
                        .add("price", 100 + i)
                        .add("quantity", 1)
                        .add("variantGroup", "VP-%02d".formatted(i))
                        .add("size", size));
            }
        }
        load(vendor, items.build().toString());

        browser.openAs(vendor, LIST);
        assertThat(browser.find("#catalog-total").getText()).isEqualTo("26 products (52 SKUs)");
        assertThat(names()).as("25 products a page, newest first").hasSize(25).startsWith("VP-26");
        browser.find("[id='catalog:products'] .ui-paginator-next").click();
        awaitNames("VP-01");
    }

    private static void load(Api.Account account, String json) {
        var r = account.api().post("/api/v1/products", json);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().getJsonArray("errors")).as(r.body()).isEmpty();
    }

    private static WebElement row(String name) {
        return browser.waitFor()
                .until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[@id='catalog:products']//tr[@data-ri]"
                        + "[.//*[contains(@class,'gl-group-name') or contains(@class,'gl-sku')][normalize-space()='"
                        + name + "']]")));
    }

    private static void select(String name) {
        WebElement box = row(name).findElement(By.cssSelector("td.ui-selection-column .ui-chkbox-box"));
        browser.waitFor().until(ExpectedConditions.elementToBeClickable(box)).click();
    }

    private static void sortBy(String header) {
        browser.waitFor()
                .until(ExpectedConditions.elementToBeClickable(header(header)))
                .click();
    }

    private static By header(String text) {
        return By.xpath(
                "//*[@id='catalog:products']//th[contains(@class,'ui-sortable-column')][.//span[normalize-space()='"
                        + text + "']]");
    }

    /** Waits for the page's products to be these, in this order; else fails saying what it shows and how sorted. */
    private static void awaitNames(String... expected) {
        try {
            browser.waitFor().until(d -> names().equals(List.of(expected)));
        } catch (org.openqa.selenium.TimeoutException e) {
            String sorted = browser.driver().findElements(header("Price")).stream()
                    .map(th -> th.getAttribute("aria-sort") + " " + th.getAttribute("class"))
                    .findFirst()
                    .orElse("");
            assertThat(names()).as("the price header: " + sorted).containsExactly(expected);
        }
    }

    private static boolean hidden(Api.Account account, String sku) {
        return account.api().get("/api/v1/products/" + sku).json().getBoolean("hidden");
    }

    /** The products of the page on screen, by their SKU or group, read in one script. */
    private static List<String> names() {
        return texts(ROWS + " .gl-group-name, " + ROWS + " a.gl-sku");
    }

    private static List<String> rowTexts() {
        return texts(ROWS);
    }

    private static List<String> variantSkus() {
        return texts("[id='catalog:products'] a.gl-variant-sku");
    }

    @SuppressWarnings("unchecked")
    private static List<String> texts(String css) {
        return (List<String>) ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent.trim());",
                        css);
    }
}
