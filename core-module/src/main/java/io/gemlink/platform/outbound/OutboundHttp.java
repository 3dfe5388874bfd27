package io.gemlink.platform.outbound;

import java.time.Duration;
import java.time.Instant;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.pool.PoolReusePolicy;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * HTTP clients for partners' URLs (Apache HttpClient 5, classic). Not {@code java.net.http}: it
 * resolves and connects by itself, so there is no way to check the address it actually connects to;
 * here the host is resolved by {@link CheckedDns}, the client connects only to those addresses, and
 * {@link GuardedSocket} checks each one, with its port, right before it connects — at every
 * connection, so a DNS answer that changed since the URL was saved is caught.
 * The clients follow no redirects (a caller that does re-checks each hop through the same sockets),
 * use no proxy (a proxy would connect for us, past the check), retry nothing and keep no cookies.
 */
public final class OutboundHttp {

    private OutboundHttp() {}

    /**
     * @param readTimeout the longest silence while waiting for the answer or between its bytes
     */
    public static CloseableHttpClient client(
            AddressRules rules, Duration connectTimeout, Duration readTimeout, String userAgent) {
        return client(rules, connectTimeout, readTimeout, null, userAgent);
    }

    /**
     * @param readTimeout the longest silence while waiting for the answer or between its bytes
     * @param deadline    the whole time, from now, that the client's calls may take (connects, the request,
     *                    the answer and its body, redirects followed by the caller); past it, a call fails with
     *                    {@link DeadlineExceededException}; null for none
     */
    public static CloseableHttpClient client(
            AddressRules rules, Duration connectTimeout, Duration readTimeout, Duration deadline, String userAgent) {
        Instant until = deadline == null ? null : Instant.now().plus(deadline);
        var tls = RegistryBuilder.<TlsSocketStrategy>create()
                .register(URIScheme.HTTPS.id, DefaultClientTlsStrategy.createDefault())
                .build();
        var operator = new DefaultHttpClientConnectionOperator(
                proxy -> new GuardedSocket(rules, until),
                DefaultSchemePortResolver.INSTANCE,
                new CheckedDns(rules),
                tls);
        var connections = new PoolingHttpClientConnectionManager(
                operator, PoolConcurrencyPolicy.STRICT, PoolReusePolicy.LIFO, TimeValue.ofMinutes(1), null);
        connections.setDefaultConnectionConfig(ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(connectTimeout))
                .setSocketTimeout(Timeout.of(readTimeout))
                .build());
        return HttpClients.custom()
                .setConnectionManager(connections)
                .setRoutePlanner(new DefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE))
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent(userAgent)
                .build();
    }
}
