package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Password reset without e-mail, in Chromium: the login page's "Forgot password?", the token the server writes to
 * its log (read here from Payara's server.log, as an operator would), the new password; a token works once and not
 * after its expiry, only its hash is stored, an unknown address is answered alike, requests are throttled.
 */
@ExtendWith(ArquillianExtension.class)
class PasswordResetIT {

    private static final String NEW_PASSWORD = "a brand new passphrase";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void forgottenPasswordIsResetWithTheLoggedTokenWhichWorksOnce() throws Exception {
        var account = Api.signup("Forgetful Gems");

        browser.driver().manage().deleteAllCookies();
        browser.open("/admin/");
        browser.find("#to-forgot-password").click();
        askForToken(account.email());
        assertThat(browser.cspViolations()).isEmpty();
        String token = loggedToken(account.email());

        assertThat(token).startsWith("glr_");
        assertThat(Db.rows(
                        "SELECT r.token_hash, r.expires_at FROM password_reset r JOIN app_user u ON u.id ="
                                + " r.user_id WHERE u.email = ?",
                        account.email()))
                .as("only the token's SHA-256 is stored")
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.get(0)).isEqualTo(sha256(token)).doesNotContain(token);
                });

        browser.open("/reset-password.xhtml?token=" + token);
        setPassword(NEW_PASSWORD);
        assertThat(browser.find("#reset-done-text").getText()).contains("Your password was changed");
        assertThat(browser.cspViolations()).isEmpty();

        browser.driver().manage().deleteAllCookies();
        browser.login(account.email(), Api.PASSWORD);
        assertThat(browser.find("#login-error").getText())
                .as("the old password")
                .contains("Wrong e-mail or password");
        browser.login(account.email(), NEW_PASSWORD);
        assertThat(browser.find(".gl-who").getText()).contains(account.publicId());

        browser.driver().manage().deleteAllCookies();
        browser.open("/reset-password.xhtml?token=" + token);
        setPassword("yet another passphrase");
        assertThat(browser.find("#reset-errors").getText())
                .as("a used token")
                .contains("Reset token: is unknown, used or expired");
        browser.login(account.email(), NEW_PASSWORD);
        assertThat(browser.find(".gl-who").getText()).contains(account.publicId());
    }

    @Test
    void anUnknownAddressIsAnsweredLikeAKnownOneAndGetsNoToken() throws Exception {
        String unknown = "nobody-" + UUID.randomUUID() + "@example.com";
        var known = Api.signup("Known Address Gems");

        browser.driver().manage().deleteAllCookies();
        browser.open("/forgot-password.xhtml");
        askForToken(known.email());
        String knownAnswer = browser.find("#forgot-answer").getText();

        String first = loggedToken(known.email());

        browser.open("/forgot-password.xhtml");
        askForToken(unknown);
        assertThat(browser.find("#forgot-answer").getText()).isEqualTo(knownAnswer);
        // the log is written in order: once a later request's token is there, the unknown one's would be too
        browser.open("/forgot-password.xhtml");
        askForToken(known.email());
        waitForToken(known.email(), first);
        assertThat(serverLog()).doesNotContain("Password reset token for " + unknown);
        assertThat(Db.text(
                        "SELECT COUNT(*) FROM password_reset r JOIN app_user u ON u.id = r.user_id"
                                + " WHERE u.email = ?",
                        unknown))
                .isEqualTo("0");
    }

    @Test
    void anExpiredTokenAndATokenSupersededByANewerOneAreRefused() throws Exception {
        var account = Api.signup("Late Gems");
        browser.driver().manage().deleteAllCookies();

        browser.open("/forgot-password.xhtml");
        askForToken(account.email());
        String first = loggedToken(account.email());
        Db.update(
                "UPDATE password_reset SET expires_at = ? WHERE token_hash = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(2))),
                sha256(first));
        browser.open("/reset-password.xhtml?token=" + first);
        setPassword(NEW_PASSWORD);
        assertThat(browser.find("#reset-errors").getText())
                .as("an expired token")
                .contains("Reset token: is unknown, used or expired");

        browser.open("/forgot-password.xhtml");
        askForToken(account.email());
        String second = waitForToken(account.email(), first);
        browser.open("/forgot-password.xhtml");
        askForToken(account.email());
        String third = waitForToken(account.email(), second);
        browser.open("/reset-password.xhtml?token=" + second);
        setPassword(NEW_PASSWORD);
        assertThat(browser.find("#reset-errors").getText())
                .as("a token superseded by a newer request")
                .contains("Reset token: is unknown, used or expired");

        browser.login(account.email(), Api.PASSWORD);
        assertThat(browser.find(".gl-who").getText()).as("nothing changed").contains(account.publicId());

        browser.driver().manage().deleteAllCookies();
        browser.open("/reset-password.xhtml");
        browser.find("#reset\\:token").sendKeys(third);
        browser.find("#reset\\:password").sendKeys("short");
        browser.find("#reset\\:repeat").sendKeys("short");
        browser.find("#reset\\:save").click();
        assertThat(browser.find("#reset-errors").getText())
                .as("the signup's password rule, and the token is not spent by it")
                .contains("New password: must be at least 8 characters");
        browser.find("#reset\\:password").sendKeys(NEW_PASSWORD);
        browser.find("#reset\\:repeat").sendKeys(NEW_PASSWORD);
        browser.find("#reset\\:save").click();
        assertThat(browser.find("#reset-done-text").getText()).contains("Your password was changed");
    }

    @Test
    void requestsForOneAddressAreThrottled() {
        var account = Api.signup("Impatient Gems");
        browser.driver().manage().deleteAllCookies();
        for (int i = 1; i <= 5; i++) { // gemlink.security.reset.email.attempts
            browser.open("/forgot-password.xhtml");
            askForToken(account.email());
        }
        browser.open("/forgot-password.xhtml");
        browser.find("#forgot\\:email").sendKeys(account.email());
        browser.find("#forgot\\:send").click();
        assertThat(browser.find("#forgot-errors").getText()).contains("Too many requests; try again in");
        assertThat(browser.driver().findElements(org.openqa.selenium.By.id("forgot-answer")))
                .isEmpty();
    }

    private static void askForToken(String email) {
        browser.find("#forgot\\:email").sendKeys(email);
        browser.find("#forgot\\:send").click();
        assertThat(browser.find("#forgot-answer").getText()).contains("If this address has an account");
    }

    private static void setPassword(String password) {
        browser.find("#reset\\:password").sendKeys(password);
        browser.find("#reset\\:repeat").sendKeys(password);
        browser.find("#reset\\:save").click();
    }

    /** The latest token the server logged for this address. */
    static String loggedToken(String email) throws Exception {
        return waitForToken(email, null);
    }

    /** The latest token logged for this address once it is not {@code previous}. */
    static String waitForToken(String email, String previous) throws Exception {
        Pattern logged = Pattern.compile("Password reset token for " + Pattern.quote(email) + ": (glr_[A-Za-z0-9_-]+)");
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            Matcher m = logged.matcher(serverLog());
            String last = null;
            while (m.find()) {
                last = m.group(1);
            }
            if (last != null && !last.equals(previous)) {
                return last;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no new reset token for " + email + " in the server log");
            }
            Thread.sleep(200);
        }
    }

    /** Payara's server.log and its rotated files. */
    private static String serverLog() throws IOException {
        Path logs = Path.of(System.getProperty("payara.home"), "glassfish", "domains", "domain1", "logs");
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(logs)) {
            // rotated files (server.log_<time>) first, oldest first; the live one last
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("server.log_"))
                    .sorted()
                    .toList()) {
                all.append(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        }
        Path live = logs.resolve("server.log");
        if (Files.exists(live)) {
            all.append(new String(Files.readAllBytes(live), StandardCharsets.UTF_8));
        }
        return all.toString();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
