package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In a real browser: the API keys page (a new key shown once, deleting after a confirmation), the
 * login page's answer to a throttled login, and the admin pages working under their
 * Content-Security-Policy (nothing blocked).
 */
@ExtendWith(ArquillianExtension.class)
class ApiKeysScreenIT {

    private static final String PASSWORD = "correct horse battery"; // Api.signup's password

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aKeyIsCreatedShownOnceAndDeletedAfterAConfirmation() {
        var account = Api.signup("Key Screen Gems");
        browser.driver().manage().deleteAllCookies();
        browser.login(account.email(), PASSWORD);

        browser.open("/admin/settings/api-keys.xhtml");
        assertThat(browser.find("#keys\\:list").getText()).contains("default");
        browser.find("#keys\\:name").sendKeys("Shopify sync");
        browser.find("#keys\\:create").click();
        String key = browser.find("#new-key").getText();
        assertThat(key).startsWith("glk_");
        assertThat(browser.find("#keys\\:list").getText())
                .contains("Shopify sync")
                .contains("default");
        assertThat(Api.withKey(key).get("/api/v1/account").json().getString("publicId"))
                .isEqualTo(account.publicId());
        assertThat(browser.cspViolations()).isEmpty();

        browser.open("/admin/settings/api-keys.xhtml"); // shown once: not after a reload
        assertThat(browser.find("#keys\\:list").getText()).contains("Shopify sync");
        assertThat(browser.driver().getPageSource()).doesNotContain(key);
        assertThat(browser.driver().findElements(By.id("new-key"))).isEmpty();

        // the newest key is the first row; "Keep it" leaves it alone
        browser.find("#keys\\:list\\:0\\:delete").click();
        browser.waitFor()
                .until(ExpectedConditions.elementToBeClickable(By.id("keys:confirm-no")))
                .click();
        browser.waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("keys:confirm")));
        assertThat(Api.withKey(key).get("/api/v1/account").status()).isEqualTo(200);

        browser.find("#keys\\:list\\:0\\:delete").click();
        browser.waitFor()
                .until(ExpectedConditions.elementToBeClickable(By.id("keys:confirm-yes")))
                .click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "deleted"));
        assertThat(browser.find("#keys\\:list").getText())
                .doesNotContain("Shopify sync")
                .contains("default");
        assertThat(Api.withKey(key).get("/api/v1/account").status()).isEqualTo(401);
        assertThat(account.api().get("/api/v1/account").status()).isEqualTo(200);
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void aThrottledLoginSaysHowLongToWait() {
        var account = Api.signup("Throttled Screen Gems");
        browser.driver().manage().deleteAllCookies();
        for (int i = 0; i < 5; i++) {
            browser.login(account.email(), "wrong " + i);
            assertThat(browser.find("#login-error").getText()).contains("Wrong e-mail or password");
        }

        browser.login(account.email(), PASSWORD);

        assertThat(browser.find("#login-throttled").getText()).matches("Too many attempts, try again in \\d+ s\\.");
        assertThat(browser.driver().findElements(By.id("login-error"))).isEmpty();
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void everyAdminPageWorksUnderItsContentSecurityPolicy() {
        var account = Api.signup("Policy Gems " + UUID.randomUUID().toString().substring(0, 6));
        browser.driver().manage().deleteAllCookies();
        browser.login(account.email(), PASSWORD);

        for (String page : List.of(
                "/admin/index.xhtml",
                "/admin/vendor/index.xhtml",
                "/admin/catalog/products.xhtml",
                "/admin/catalog/import.xhtml",
                "/admin/feeds/feeds.xhtml",
                "/admin/feeds/feed.xhtml",
                "/admin/orders/orders.xhtml",
                "/admin/orders/new-order.xhtml",
                "/admin/tracking/bulk.xhtml",
                "/admin/distributor/index.xhtml",
                "/admin/imports/sources.xhtml",
                "/admin/imports/source.xhtml",
                "/admin/distributor/linked-products.xhtml",
                "/admin/partners/partners.xhtml",
                "/admin/settings/dropshipping.xhtml",
                "/admin/tracking/webhook.xhtml",
                "/admin/account/account.xhtml",
                "/admin/settings/api-keys.xhtml")) {
            browser.open(page);
            browser.find("main h1");
            // the page's inline scripts (with the nonce) ran: they are what creates the PrimeFaces widgets
            Object widgets = ((JavascriptExecutor) browser.driver())
                    .executeScript("return window.PrimeFaces ? Object.keys(PrimeFaces.widgets).length : -1;");
            assertThat(((Number) widgets).intValue()).as(page).isPositive();
            assertThat(browser.cspViolations()).as(page).isEmpty();
        }
    }
}
