package io.gemlink.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, the way a user meets the admin screens. One per test
 * class: {@code @RegisterExtension static final Browser browser = new Browser();} closes it after the class.
 */
public final class Browser implements AutoCloseable, AfterAllCallback {

    private final WebDriver driver;

    public Browser() {
        File profile;
        try {
            profile = Files.createTempDirectory("gemlink-chromium").toFile();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        // no sandbox as root; no background networking: this machine has no outside network
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,900",
                "--user-data-dir=" + profile.getAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        // DevTools' script runs before the page's own and whatever its Content-Security-Policy says
        chrome.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument",
                Map.of(
                        "source",
                        "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', e =>"
                                + " window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI ||"
                                + " 'inline')"
                                + " + ' at ' + e.sourceFile + ':' + e.lineNumber));"));
        driver = chrome;
    }

    /** What the current page's Content-Security-Policy blocked since it was loaded. */
    @SuppressWarnings("unchecked")
    public List<String> cspViolations() {
        Object found = ((JavascriptExecutor) driver).executeScript("return window.__cspViolations || [];");
        return (List<String>) found;
    }

    public Browser open(String path) {
        driver.get(Api.BASE + path);
        return this;
    }

    /** The visible element; if it does not show, the failure says which page was there instead and what it said. */
    public WebElement find(String css) {
        try {
            return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
        } catch (org.openqa.selenium.TimeoutException e) {
            String text = driver.findElements(By.tagName("body")).stream()
                    .map(WebElement::getText)
                    .findFirst()
                    .orElse("");
            throw new AssertionError(
                    "no visible " + css + " on " + driver.getCurrentUrl() + " (\"" + driver.getTitle() + "\"), which"
                            + " says: " + (text.length() > 2_000 ? text.substring(0, 2_000) + "…" : text),
                    e);
        }
    }

    /**
     * Submits the login form and waits for the page that answers it (the admin, or the login page again), so that
     * the next {@link #open} cannot overtake the login's own request.
     */
    public void login(String email, String password) {
        open("/admin/");
        find("#j_username").sendKeys(email);
        find("#j_password").sendKeys(password);
        WebElement submit = find("#login-submit");
        submit.click();
        waitFor().until(d -> gone(submit));
    }

    /** Signs out whoever was signed in, signs in as this account (made by {@link Api#signup}) and opens the path. */
    public void openAs(Api.Account account, String path) {
        driver.manage().deleteAllCookies();
        login(account.email(), Api.PASSWORD);
        open(path);
    }

    /** Waits until the admin template's messages say this (after an action's answer). */
    public void awaitMessage(String text) {
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
    }

    /**
     * Whether the page that held {@code element} has been replaced. Chromium answers a stale element either as
     * {@link org.openqa.selenium.StaleElementReferenceException} or as an inspector error ("Node with given id does not
     * belong to the document"), which {@code ExpectedConditions.stalenessOf} does not catch.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException e) {
            return true;
        }
    }

    /**
     * Waits up to 15 s, looking again when an element read in the condition was replaced meanwhile (an ajax update
     * between finding it and reading it: FormsScreensIT's price field errored so once in a full run).
     */
    public WebDriverWait waitFor() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }
}
