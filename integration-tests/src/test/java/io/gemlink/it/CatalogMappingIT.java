package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The catalog import's column mapping, in a real browser: a European spreadsheet's CSV imported through it. */
@ExtendWith(ArquillianExtension.class)
class CatalogMappingIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static void upload(String content) throws Exception {
        Path csv = Files.createTempFile("spreadsheet", ".csv");
        Files.writeString(csv, content, StandardCharsets.UTF_8);
        browser.open("/admin/catalog/import.xhtml");
        browser.driver()
                .findElement(By.cssSelector("input[type=file]"))
                .sendKeys(csv.toAbsolutePath().toString());
        browser.find("#upload\\:submit").click();
    }

    private static List<String> mappedFields() {
        browser.find("#mapping\\:columns");
        return browser.driver().findElements(By.cssSelector("#mapping\\:columns select")).stream()
                .map(s -> new Select(s).getFirstSelectedOption().getDomAttribute("value"))
                .toList();
    }

    @Test
    void aSemicolonFileWithItsOwnHeadersIsMappedAndImported() throws Exception {
        var vendor = Api.signup("Mapping Jewels");
        browser.openAs(vendor, "/admin/");
        upload("Item #;Product name;Qty;Retail price;Category\r\n"
                + "MAP-1;\"Ring; \"\"Aurora\"\", 14K\";3;899.00;RING\r\n"
                + "MAP-2;\"Chain\nlong\";4;120.50;NECKLACE\r\n"
                + "\r\n"
                + "MAP-3;Bad price;1;abc;RING\r\n");

        assertThat(browser.find("#delimiter").getText()).isEqualTo("semicolons");
        assertThat(mappedFields()).containsExactly("sku", "title", "quantity", "price", "category");
        assertThat(browser.find("#mapping\\:columns").getText())
                .as("each column with its first values")
                .contains("Item #")
                .contains("MAP-1")
                .contains("899.00");
        assertThat(browser.driver().findElements(By.id("created")))
                .as("nothing imported yet")
                .isEmpty();

        browser.find("#mapping\\:import").click();
        assertThat(browser.find("#created").getText()).isEqualTo("2");
        assertThat(browser.find("#rejected").getText()).isEqualTo("1");
        List<WebElement> cells = browser.driver().findElements(By.cssSelector("#errors tbody tr td"));
        assertThat(cells.get(0).getText()).as("the file's row number").isEqualTo("4");
        assertThat(cells.get(1).getText()).isEqualTo("price");
        assertThat(browser.driver().findElements(By.id("mapping")))
                .as("the mapping step is over")
                .isEmpty();

        JsonObject ring = vendor.api().get("/api/v1/products/MAP-1").json();
        assertThat(ring.getString("title")).isEqualTo("Ring; \"Aurora\", 14K");
        assertThat(ring.getInt("quantity")).isEqualTo(3);
        assertThat(ring.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("899.00");
        assertThat(ring.getString("category")).isEqualTo("RING");
        JsonObject chain = vendor.api().get("/api/v1/products/MAP-2").json();
        assertThat(chain.getString("title")).isEqualTo("Chain\nlong");
        assertThat(chain.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("120.50");
        assertThat(vendor.api().get("/api/v1/products/MAP-3").status()).isEqualTo(404);
    }

    @Test
    void aFileWithoutASkuColumnIsRefusedAndNothingImported() throws Exception {
        var vendor = Api.signup("Mapping Without Sku");
        browser.openAs(vendor, "/admin/");
        upload("Product name\tQty\tRetail price\tMSRP\nRing\t3\t899\t999\n");

        assertThat(browser.find("#delimiter").getText()).isEqualTo("tabs");
        assertThat(mappedFields()).containsExactly("title", "quantity", "price", "");

        browser.find("#mapping\\:import").click();
        browser.awaitMessage("a column is required for sku");
        assertThat(mappedFields()).as("the mapping stays, to be fixed").hasSize(4);

        // a field twice: the message is on the second column
        new Select(browser.find("#mapping\\:columns\\:3\\:field")).selectByValue("price");
        browser.find("#mapping\\:import").click();
        browser.awaitMessage("map it once");
        assertThat(browser.find("#mapping\\:columns").getText()).contains("'price' is already the column");

        assertThat(browser.driver().findElements(By.id("created"))).isEmpty();
        assertThat(vendor.api().get("/api/v1/products").json().getInt("total")).isZero();
    }
}
