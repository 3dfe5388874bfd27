package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The admin shell in a real browser: login, own account only, dropshipping settings, logout. */
@ExtendWith(ArquillianExtension.class)
class AdminShellIT {

    private static final String PASSWORD = "correct horse battery"; // Api.signup's password

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void loginPageRendersAsHtmlAndRefusesAWrongPassword() {
        var account = Api.signup("Wrong Password Gems");
        browser.driver().manage().deleteAllCookies();

        browser.login(account.email(), "not the password");

        assertThat(browser.find("#login-error").getText()).contains("Wrong e-mail or password");
        assertThat(browser.driver().getPageSource())
                .doesNotContain("jakarta.faces.html")
                .doesNotContain("<h:head");
    }

    @Test
    void userSeesOnlyItsOwnAccountAndChangesSettings() {
        var other = Api.signup("Other Gem House");
        var account = Api.signup("Browser Gems Atelier");
        browser.driver().manage().deleteAllCookies();

        browser.login(account.email(), PASSWORD);
        assertThat(browser.find("#account-public-id").getText()).isEqualTo(account.publicId());
        assertThat(browser.driver().getPageSource()).doesNotContain(other.publicId());

        browser.open("/admin/settings/dropshipping.xhtml");
        assertThat(browser.find("#vendor-readiness").getText()).contains("receive no dropship orders");
        browser.find("#settings\\:enabled .ui-toggleswitch-slider").click();
        // the menu's panel animates open: a click on an item that is not there yet is lost, so pick
        // the item once it can be clicked, and save only once the choice shows in the menu's label
        By item = By.cssSelector("#settings\\:status_items li[data-label='AWAITING_SHIPMENT']");
        for (int attempt = 1; ; attempt++) {
            var shown = browser.driver().findElements(item);
            if (shown.isEmpty() || !shown.get(0).isDisplayed()) { // a click on the menu would close an open panel
                browser.find("#settings\\:status").click();
            }
            browser.waitFor()
                    .until(ExpectedConditions.elementToBeClickable(item))
                    .click();
            try {
                new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                        .until(ExpectedConditions.textToBePresentInElementLocated(
                                By.id("settings:status_label"), "AWAITING_SHIPMENT"));
                break;
            } catch (TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
        browser.find("#settings\\:save").click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "saved"));

        var saved = account.api().get("/api/v1/settings/dropshipping").json();
        assertThat(saved.getBoolean("enabled")).isTrue();
        assertThat(saved.getString("vendorOrderStatus")).isEqualTo("AWAITING_SHIPMENT");
        assertThat(browser.find("#vendor-readiness").getText()).contains("arrive as Awaiting shipment");

        browser.open("/admin/account/account.xhtml");
        assertThat(browser.find("#public-id").getText()).isEqualTo(account.publicId());
        assertThat(browser.find("#activity").getText())
                .contains("Dropshipping on")
                .contains("Imports:");

        browser.find("#nav\\:logout").click();
        browser.find("#j_username");
        browser.open("/admin/account/account.xhtml");
        assertThat(browser.driver().getCurrentUrl()).contains("/login.xhtml");
    }

    @Test
    void aNewBusinessSignsUpOnTheSignupPageGetsItsKeyOnceAndLogsIn() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/admin/");
        browser.find("#to-signup").click();
        String email = "signup-" + java.util.UUID.randomUUID() + "@example.com";

        browser.find("#signup\\:name").sendKeys("Page Signup Gems");
        browser.find("#signup\\:email").sendKeys(email);
        browser.find("#signup\\:password").sendKeys("short");
        browser.find("#signup\\:create").click();
        assertThat(browser.find("#signup-errors").getText())
                .as("the rule, with the form's word for the field")
                .contains("Password: must be at least 8 characters");

        browser.find("#signup\\:password").sendKeys(PASSWORD);
        browser.find("#signup\\:create").click();
        String publicId = browser.find("#opened-public-id").getText();
        String key = browser.find("#opened-api-key").getText();
        assertThat(key).startsWith("glk_");
        var account = Api.withKey(key).get("/api/v1/account").json();
        assertThat(account.getString("publicId")).isEqualTo(publicId);
        assertThat(account.getString("name")).isEqualTo("Page Signup Gems");

        browser.find("#log-in").click();
        browser.find("#j_username").sendKeys(email);
        browser.find("#j_password").sendKeys(PASSWORD);
        browser.find("#login-submit").click();
        assertThat(browser.find(".gl-who").getText())
                .contains("Page Signup Gems")
                .contains(publicId);

        browser.driver().manage().deleteAllCookies();
        browser.open("/signup");
        browser.find("#signup\\:name").sendKeys("Same Address Gems");
        browser.find("#signup\\:email").sendKeys(email);
        browser.find("#signup\\:password").sendKeys(PASSWORD);
        browser.find("#signup\\:create").click();
        assertThat(browser.find("#signup-errors").getText())
                .contains("E-mail: an account with this e-mail address already exists");
        assertThat(browser.driver().findElements(By.id("opened-api-key"))).isEmpty();
    }

    @Test
    void theAccountPageRenamesTheBusinessAndChangesTheLoginWithTheCurrentPassword() {
        var account = Api.signup("Renaming Gems");
        browser.driver().manage().deleteAllCookies();
        browser.login(account.email(), PASSWORD);
        browser.open("/admin/account/account.xhtml");

        browser.find("#rename\\:new-name").clear();
        browser.find("#rename\\:new-name").sendKeys("Renamed Fine Jewelry");
        browser.find("#rename\\:save-name").click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("name"), "Renamed Fine"));
        assertThat(account.api().get("/api/v1/account").json().getString("name"))
                .isEqualTo("Renamed Fine Jewelry");
        assertThat(account.api().get("/api/v1/account").json().getString("publicId"))
                .isEqualTo(account.publicId());

        String newPassword = "another horse battery";
        browser.find("#login-change\\:current-password").sendKeys("not my password");
        browser.find("#login-change\\:new-password").sendKeys(newPassword);
        browser.find("#login-change\\:save-login").click();
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("messages"), "Current password: is not your current password"));

        browser.find("#login-change\\:current-password").sendKeys(PASSWORD);
        browser.find("#login-change\\:new-password").sendKeys(newPassword);
        browser.find("#login-change\\:save-login").click();
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Password changed"));

        String newEmail = "renamed-" + java.util.UUID.randomUUID() + "@example.com";
        browser.find("#login-change\\:current-password").sendKeys(newPassword);
        browser.find("#login-change\\:new-email").sendKeys(newEmail);
        browser.find("#login-change\\:save-login").click();
        assertThat(browser.find("#login-changed").getText()).contains("log in with the new one");

        browser.login(account.email(), newPassword);
        assertThat(browser.find("#login-error").getText()).as("the old address").contains("Wrong e-mail or password");
        browser.login(newEmail, PASSWORD);
        assertThat(browser.find("#login-error").getText())
                .as("the old password")
                .contains("Wrong e-mail or password");
        browser.login(newEmail, newPassword);
        assertThat(browser.find(".gl-who").getText())
                .contains("Renamed Fine Jewelry")
                .contains(newEmail);
    }
}
