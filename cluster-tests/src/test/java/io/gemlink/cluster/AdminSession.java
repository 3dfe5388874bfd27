package io.gemlink.cluster;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A browser's session on the admin screens, without the browser: a cookie jar ({@code JSESSIONID},
 * {@code JSESSIONIDVERSION}) and the login page's form post to {@code j_security_check}. Redirects are followed by
 * hand so that each answer keeps the {@code X-Upstream} of the instance that served it.
 */
final class AdminSession {

    static final String PAGE = "/admin/account/account.xhtml";

    private final String base;
    private final HttpClient client;

    AdminSession(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Logs in as on the login page; returns the answer to the form post (302 to the page that asked). */
    Http.Answer login(String email, String password) {
        get(PAGE); // the session the login page starts, as a browser's first visit would
        String form = "j_username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    /** The page, following redirects (to the login page, when the session is not logged in). */
    Http.Answer get(String path) {
        Http.Answer answer = null;
        String next = path;
        for (int hops = 0; hops < 5 && next != null; hops++) {
            answer = send(HttpRequest.newBuilder(URI.create(next.startsWith("http") ? next : base + next))
                    .timeout(Duration.ofSeconds(60))
                    .GET()
                    .build());
            next = answer.status() / 100 == 3 ? answer.location() : null;
        }
        return answer;
    }

    private Http.Answer send(HttpRequest request) {
        try {
            return Http.Answer.of(client.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
