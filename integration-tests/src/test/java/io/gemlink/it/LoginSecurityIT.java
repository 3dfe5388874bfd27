package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin login as a client sees it over HTTP: an unknown e-mail answers like a wrong password,
 * failed logins are throttled per e-mail and per client address (each test is a client address of its
 * own, see RawHttp), the session id changes at login, old password hashes are upgraded.
 */
@ExtendWith(ArquillianExtension.class)
class LoginSecurityIT {

    private static final String PASSWORD = "correct horse battery"; // Api.signup's password
    private static final Pattern THROTTLED = Pattern.compile("Too many attempts, try again in (\\d+) s");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** One form login: the session cookie the login page gave, the answer to the post, and the cookie after. */
    record Login(String cookieBefore, RawHttp.Answer answer, String cookieAfter, long millis) {

        boolean accepted() {
            return answer.status() == 302 && !answer.header("location").contains("/login.xhtml");
        }

        /** The login page the answer sends a refused login to, as that client sees it. */
        String page(RawHttp client) {
            String location = answer.header("location");
            return client.get(location.substring(location.indexOf("/login.xhtml")), cookieAfter)
                    .body();
        }
    }

    static Login login(RawHttp client, String email, String password) {
        String cookie = client.get("/admin/", null).sessionCookie();
        long start = System.nanoTime();
        RawHttp.Answer post =
                client.postForm("/j_security_check", cookie, Map.of("j_username", email, "j_password", password));
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Login(cookie, post, post.sessionCookie() == null ? cookie : post.sessionCookie(), millis);
    }

    @Test
    void anUnknownEmailAnswersLikeAWrongPasswordAndTakesAsLong() {
        var account = Api.signup("Timing Gems");
        RawHttp client = RawHttp.fresh();
        String unknown = "nobody-" + UUID.randomUUID() + "@example.com";

        Login wrong = login(client, account.email(), "not the password");
        Login nobody = login(client, unknown, "not the password");

        assertThat(nobody.answer().status()).isEqualTo(wrong.answer().status()).isEqualTo(302);
        assertThat(nobody.answer().header("location"))
                .isEqualTo(wrong.answer().header("location"))
                .endsWith("/login.xhtml?error=true");
        assertThat(nobody.answer().body()).isEqualTo(wrong.answer().body());
        assertThat(withoutNonces(nobody.page(client)))
                .isEqualTo(withoutNonces(wrong.page(client)))
                .contains("Wrong e-mail or password");

        List<Long> wrongMillis = new ArrayList<>();
        List<Long> unknownMillis = new ArrayList<>();
        for (int i = 0; i < 3; i++) { // 4 failures per e-mail in all: under the per-e-mail budget of 5
            wrongMillis.add(login(client, account.email(), "still not it " + i).millis());
            unknownMillis.add(login(client, unknown, "still not it " + i).millis());
        }
        long w = median(wrongMillis);
        long u = median(unknownMillis);
        assertThat(u).as("unknown e-mail %d ms vs wrong password %d ms", u, w).isBetween(w / 2, w * 2);
    }

    @Test
    void failedLoginsForOneEmailAreThrottledWhereverTheyComeFrom() {
        var target = Api.signup("Guessed Gems");
        var neighbour = Api.signup("Neighbour Gems");
        RawHttp guesser = RawHttp.fresh();

        for (int i = 0; i < 5; i++) {
            Login refused = login(guesser, target.email(), "guess " + i);
            assertThat(refused.accepted()).isFalse();
            assertThat(refused.page(guesser)).contains("Wrong e-mail or password");
        }
        Login sixth = login(guesser, target.email(), PASSWORD); // even the right password is not checked now
        assertThat(sixth.accepted()).isFalse();
        Matcher wait = THROTTLED.matcher(sixth.page(guesser));
        assertThat(wait.find()).isTrue();
        assertThat(Integer.parseInt(wait.group(1))).isBetween(1, 60);
        assertThat(login(RawHttp.fresh(), target.email(), PASSWORD).accepted())
                .as("the e-mail waits everywhere")
                .isFalse();

        assertThat(login(guesser, neighbour.email(), PASSWORD).accepted())
                .as("another account from that address")
                .isTrue();
    }

    @Test
    void failedLoginsFromOneAddressAreThrottledForEveryAccountThere() {
        var victim = Api.signup("Sprayed Gems");
        RawHttp sprayer = RawHttp.fresh();

        for (int i = 0; i < 20; i++) {
            assertThat(login(sprayer, "spray-" + i + "-" + UUID.randomUUID() + "@example.com", "123456")
                            .accepted())
                    .isFalse();
        }
        Login blocked = login(sprayer, victim.email(), PASSWORD);

        assertThat(blocked.accepted()).isFalse();
        assertThat(blocked.page(sprayer)).containsPattern(THROTTLED);
        assertThat(login(RawHttp.fresh(), victim.email(), PASSWORD).accepted())
                .as("from another address")
                .isTrue();
    }

    @Test
    void signupsFromOneAddressGet429WithRetryAfter() {
        RawHttp spammer = RawHttp.fresh();

        for (int i = 0; i < 30; i++) {
            var bad = spammer.postJson(
                    "/api/v1/accounts",
                    "{\"name\":\"Spam " + i + "\",\"email\":\"not-an-email-" + i
                            + "\",\"password\":\"long-enough-password\"}");
            assertThat(bad.status()).isEqualTo(422);
        }
        var throttled = spammer.postJson(
                "/api/v1/accounts",
                "{\"name\":\"Real Shop\",\"email\":\"real-" + UUID.randomUUID()
                        + "@example.com\",\"password\":\"long-enough-password\"}");

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(Integer.parseInt(throttled.header("retry-after"))).isBetween(1, 120);
        assertThat(throttled.header("content-type")).startsWith("application/problem+json");
        assertThat(throttled.body()).contains("\"status\":429");
        var elsewhere = RawHttp.fresh()
                .postJson(
                        "/api/v1/accounts",
                        "{\"name\":\"Real Shop\",\"email\":\"real-" + UUID.randomUUID()
                                + "@example.com\",\"password\":\"long-enough-password\"}");
        assertThat(elsewhere.status()).isEqualTo(201);
    }

    @Test
    void signupsForOneEmailGet429FromAnyAddress() {
        String email = "probed-" + UUID.randomUUID() + "@example.com";
        String body = "{\"name\":\"Probed Shop\",\"email\":\"" + email + "\",\"password\":\"long-enough-password\"}";

        assertThat(RawHttp.fresh().postJson("/api/v1/accounts", body).status()).isEqualTo(201);
        for (int i = 0; i < 4; i++) {
            assertThat(RawHttp.fresh().postJson("/api/v1/accounts", body).status())
                    .isEqualTo(409);
        }
        var throttled = RawHttp.fresh().postJson("/api/v1/accounts", body);

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("retry-after")).matches("\\d+");
    }

    @Test
    void theSessionIdChangesAtLoginAndTheOldOneIsNotLoggedIn() {
        var account = Api.signup("Fixated Gems");
        RawHttp client = RawHttp.fresh();

        Login login = login(client, account.email(), PASSWORD);

        assertThat(login.accepted()).isTrue();
        assertThat(login.cookieBefore()).startsWith("JSESSIONID=");
        assertThat(login.cookieAfter()).startsWith("JSESSIONID=").isNotEqualTo(login.cookieBefore());
        // back on the page that asked for the login, where Jakarta Security completes it (and Payara may
        // give the session yet another id), then elsewhere
        var landing = client.get("/admin/", login.cookieAfter());
        assertThat(landing.status()).isEqualTo(200);
        String cookie = landing.sessionCookie() == null ? login.cookieAfter() : landing.sessionCookie();
        assertThat(client.get("/admin/account/account.xhtml", cookie).body()).contains(account.publicId());
        var withOldId = client.get("/admin/account/account.xhtml", login.cookieBefore());
        assertThat(withOldId.status()).isEqualTo(302);
        assertThat(withOldId.header("location")).contains("/login.xhtml");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        String setCookie = RawHttp.fresh().get("/admin/", null).all("set-cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();

        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(setCookie)
                .as("plain HTTP: not Secure, or the browser would drop it")
                .doesNotContainIgnoringCase("Secure");
    }

    @Test
    void overHttpsTheSessionCookieIsSecure() throws Exception {
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(
                null,
                new TrustManager[] {new TrustAnything()},
                new SecureRandom()); // Payara's self-signed test certificate
        HttpClient https = HttpClient.newBuilder().sslContext(ssl).build();

        HttpResponse<String> r = https.send(
                HttpRequest.newBuilder(URI.create("https://localhost:8181/admin/"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        String setCookie = r.headers().allValues("set-cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(setCookie)
                .containsPattern("(?i);\\s*Secure")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
    }

    /** Accepts the test server's self-signed certificate (and, here only, any other). */
    static final class TrustAnything extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    @Test
    void pagesAndApiAnswersCannotBeFramedAndCarryAPolicy() {
        RawHttp client = RawHttp.fresh();
        var page = client.get("/login.xhtml", null);
        var api = client.get("/api/v1/account", null);

        assertThat(page.header("x-frame-options")).isEqualTo("DENY");
        assertThat(page.header("content-security-policy"))
                .contains("frame-ancestors 'none'")
                .containsPattern("script-src 'self' 'nonce-[^']+'")
                .doesNotContain("unsafe-eval");
        assertThat(page.all("content-security-policy")).hasSize(1);
        assertThat(api.header("x-frame-options")).isEqualTo("DENY");
        assertThat(api.header("content-security-policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(api.header("x-content-type-options")).isEqualTo("nosniff");
    }

    @Test
    void anOldIterationHashLogsInAndIsRewrittenWithTheCurrentCost() throws Exception {
        var account = Api.signup("Old Hash Gems");
        String old = pbkdf2(PASSWORD, 2048);
        assertThat(Db.update("UPDATE app_user SET password_hash = ? WHERE email = ?", old, account.email()))
                .isEqualTo(1);

        assertThat(login(RawHttp.fresh(), account.email(), PASSWORD).accepted()).isTrue();

        String rewritten = Db.text("SELECT password_hash FROM app_user WHERE email = ?", account.email());
        assertThat(rewritten).isNotEqualTo(old).startsWith("PBKDF2WithHmacSHA256:600000:");
        assertThat(login(RawHttp.fresh(), account.email(), PASSWORD).accepted()).isTrue();
        assertThat(login(RawHttp.fresh(), account.email(), "wrong password").accepted())
                .isFalse();
    }

    /** A hash as Jakarta Security's Pbkdf2PasswordHash wrote it with an older iteration count. */
    static String pbkdf2(String password, int iterations) throws Exception {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256))
                .getEncoded();
        return "PBKDF2WithHmacSHA256:" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(hash);
    }

    private static String withoutNonces(String page) {
        return page.replaceAll("nonce=\"[^\"]*\"", "").replaceAll("PrimeFaces\\.csp\\.init\\('[^']*'\\)", "");
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }
}
