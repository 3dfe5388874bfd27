package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;

/**
 * The admin's one error page (docs/screens.md): another account's order, source or run, a missing id and an
 * unknown page answer a friendly 404 of Gemlink's own, never the server's page or its name (nor in the headers).
 */
@ExtendWith(ArquillianExtension.class)
class ErrorPagesIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anotherAccountsOrderSourceOrRunIsAFriendly404() throws Exception {
        var vendor = Network.vendor("Errors Vendor Gems", "PROCESSING", Map.of("ER-A", 5));
        var owner = Network.distributor("Errors Owner Boutique");
        var link = Network.share(vendor, owner);
        JsonObject order =
                OrderLifecycleIT.place(owner, OrderLifecycleIT.lines(link.skus().get("ER-A"), 1));
        var stranger = Api.signup("Errors Stranger Boutique");

        browser.openAs(owner, LifecycleScreensIT.page(order));
        assertThat(browser.find("#status").getText())
                .as("the owner sees its order")
                .isNotEmpty();
        assertThat(get(session(), LifecycleScreensIT.page(order)).statusCode()).isEqualTo(200);

        browser.openAs(stranger, "/admin/");
        String cookie = session();
        for (String path : new String[] {
            LifecycleScreensIT.page(order),
            "/admin/orders/order.xhtml?id=999999999",
            "/admin/imports/runs.xhtml?source=" + link.sourceId(),
            "/admin/imports/runs.xhtml",
            "/admin/imports/source.xhtml?id=" + link.sourceId(),
            "/admin/no-such-page.xhtml"
        }) {
            HttpResponse<String> answer = get(cookie, path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.body())
                    .as(path)
                    .contains("Page not found")
                    .contains("Back to your Gemlink admin")
                    .doesNotContain("Payara")
                    .doesNotContain("GlassFish")
                    .doesNotContain("Exception")
                    .doesNotContain(owner.publicId());
            // nor in the headers: no "Server: Payara Server 6.x", no "X-Powered-By: Servlet/6.0 …"
            assertThat(answer.headers().map().keySet())
                    .as(path + " headers")
                    .noneMatch(h -> h.equalsIgnoreCase("X-Powered-By"));
            assertThat(answer.headers().allValues("Server")).as(path).noneMatch(v -> v.contains("Payara"));
        }

        browser.open(LifecycleScreensIT.page(order));
        assertThat(browser.find("#error-page h1").getText()).isEqualTo("Page not found");
        assertThat(browser.driver().getPageSource()).doesNotContain("Payara");
        assertThat(browser.cspViolations()).isEmpty();
    }

    private static String session() {
        Cookie c = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(c).as("logged in").isNotNull();
        return "JSESSIONID=" + c.getValue();
    }

    private static HttpResponse<String> get(String cookie, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Api.BASE + path))
                                .header("Cookie", cookie)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
