package io.gemlink.linking.control;

import io.gemlink.platform.outbound.AddressRules;
import io.gemlink.platform.outbound.DeadlineExceededException;
import io.gemlink.platform.outbound.OutboundFailure;
import io.gemlink.platform.outbound.OutboundHttp;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;

/**
 * Fetches an external vendor feed over HTTP within {@link FeedLimits}, sending the last {@code ETag}, and
 * spools the body to a temporary file, so that it can be validated completely before anything is written.
 * Every connection goes through {@link OutboundHttp}: an address that is not allowed fails the run.
 * Up to {@link #MAX_REDIRECTS} redirects are followed, each hop's connection checked again; the token
 * goes only to the origin of the source's own URL.
 */
public class FeedClient {

    public static final int MAX_REDIRECTS = 3;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final AddressRules rules;
    private final FeedLimits limits;

    public FeedClient(AddressRules rules, FeedLimits limits) {
        this.rules = rules;
        this.limits = limits;
    }

    /** Where a body goes: a spool opened once the answer's headers are in ({@code Content-Type} known). */
    @FunctionalInterface
    public interface Intake {
        FeedSpool open(String contentType) throws IOException;
    }

    /** As below, spooled to a plain temporary file. */
    public FeedDownload fetch(String url, String token, String etag, Instant since) throws FeedException {
        return fetch(url, token, etag, since, contentType -> FeedSpool.create());
    }

    /**
     * @param etag   sent as {@code If-None-Match} (a whole-feed fetch only), or null
     * @param since  null for the whole feed, else only what changed or left the feed since then
     * @param intake opens the spool for the body (whoever reads its tail sees the body arrive)
     */
    public FeedDownload fetch(String url, String token, String etag, Instant since, Intake intake)
            throws FeedException {
        URI origin = feedUri(url, since);
        // the socket's read timeout stops a silent feed, the client's deadline a steady trickle
        try (CloseableHttpClient http = OutboundHttp.client(
                rules, limits.connectTimeout(), limits.readTimeout(), limits.deadline(), "Gemlink-Import/1")) {
            return follow(http, origin, token, since == null ? etag : null, intake);
        } catch (IOException e) {
            throw new FeedException(failure(e), e);
        }
    }

    private FeedDownload follow(CloseableHttpClient http, URI origin, String token, String etag, Intake intake)
            throws IOException, FeedException {
        URI uri = origin;
        for (int hop = 0; ; hop++) {
            HttpGet get = new HttpGet(uri);
            get.setHeader("Accept", "text/csv, application/json, application/xml");
            if (token != null && !token.isBlank() && sameOrigin(uri, origin)) {
                get.setHeader("Authorization", "Bearer " + token);
            }
            if (etag != null) {
                get.setHeader("If-None-Match", etag);
            }
            try (ClassicHttpResponse response = http.executeOpen(null, get, null)) {
                int status = response.getCode();
                if (REDIRECTS.contains(status) && response.getFirstHeader("Location") != null) {
                    if (hop == MAX_REDIRECTS) {
                        throw new FeedException("feed redirected more than " + MAX_REDIRECTS + " times");
                    }
                    uri = redirect(uri, response.getFirstHeader("Location").getValue());
                    continue;
                }
                if (status == 304) {
                    return new FeedDownload(true, etag, null, null, null, null);
                }
                if (status != 200) {
                    throw new FeedException("feed answered HTTP " + status
                            + (status == 401
                                    ? " (token missing, wrong or revoked)"
                                    : status == 404 ? " (no such feed)" : ""));
                }
                return download(response, intake);
            }
        }
    }

    private FeedDownload download(ClassicHttpResponse response, Intake intake) throws IOException, FeedException {
        HttpEntity entity = response.getEntity();
        if (entity == null) {
            throw new FeedException("feed answered 200 without a body");
        }
        if (entity.getContentLength() > limits.maxBytes()) {
            throw FeedSpool.tooLarge(limits.maxBytes());
        }
        FeedSpool spool = intake.open(header(response, "Content-Type"));
        Path file = spool.file();
        try (InputStream body = entity.getContent()) {
            spool.copy(body, limits.maxBytes());
        } catch (IOException e) {
            spool.fail(); // copy failed it already, unless the body could not even be opened
            deleteQuietly(file);
            throw new BrokenBody(e);
        } catch (FeedException | RuntimeException e) {
            spool.fail();
            deleteQuietly(file);
            throw e;
        }
        try {
            return FeedDownload.received(file, name -> header(response, name));
        } catch (FeedException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    private String failure(IOException e) {
        IOException cause = e instanceof BrokenBody && e.getCause() instanceof IOException c ? c : e;
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof DeadlineExceededException) {
                return "timed out: the download took longer than "
                        + limits.deadline().toSeconds() + " s (gemlink.linking.download-deadline-seconds)";
            }
        }
        if (cause instanceof ConnectTimeoutException) {
            return "timed out: no connection within " + limits.connectTimeout().toSeconds() + " s (connect timeout)";
        }
        if (cause instanceof InterruptedIOException) {
            return "timed out: the feed sent nothing for more than "
                    + limits.readTimeout().toSeconds() + " s (read timeout)";
        }
        return (e instanceof BrokenBody ? "feed body broke off: " : "") + OutboundFailure.describe(cause);
    }

    /** The body stopped before its end: told apart from a failure to get an answer at all. */
    private static final class BrokenBody extends IOException {
        BrokenBody(IOException cause) {
            super(cause);
        }
    }

    private static URI feedUri(String url, Instant since) throws FeedException {
        try {
            URI uri = URI.create(url);
            return since == null
                    ? uri
                    : URI.create(url + (uri.getRawQuery() == null ? "?" : "&") + "since="
                            + URLEncoder.encode(since.toString(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new FeedException("feed URL is not valid: " + e.getMessage());
        }
    }

    private static URI redirect(URI from, String location) throws FeedException {
        try {
            URI to = from.resolve(location.strip());
            if (!"http".equalsIgnoreCase(to.getScheme()) && !"https".equalsIgnoreCase(to.getScheme())) {
                throw new FeedException("feed redirected to a URL that is not http or https");
            }
            return to;
        } catch (IllegalArgumentException e) {
            throw new FeedException("feed redirected to an invalid URL");
        }
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String header(ClassicHttpResponse response, String name) {
        Header h = response.getFirstHeader(name);
        return h == null ? null : h.getValue();
    }

    public static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temp file; the OS cleans up
            }
        }
    }
}
