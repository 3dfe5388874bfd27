package io.gemlink.linking.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fetches a vendor feed over HTTP with a connect timeout and a read timeout (the longest silence,
 * waiting for the headers or between body bytes), sending the last {@code ETag}. The body is spooled
 * to a temporary file, so that it can be validated completely before anything is written.
 */
public class FeedClient {

    private final HttpClient http;
    private final Duration readTimeout;
    private final ScheduledExecutorService watchdogs;

    /**
     * @param watchdogs the container's managed scheduler (never a thread of our own: it would outlive
     *                  a redeployment and pin the application's class loader)
     */
    public FeedClient(Duration connectTimeout, Duration readTimeout, ScheduledExecutorService watchdogs) {
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.readTimeout = readTimeout;
        this.watchdogs = watchdogs;
    }

    /**
     * @param etag  sent as {@code If-None-Match} (a whole-feed fetch only), or null
     * @param since null for the whole feed, else only what changed or left the feed since then
     */
    public FeedDownload fetch(String url, String token, String etag, Instant since) throws FeedException {
        HttpRequest.Builder request;
        try {
            URI uri = URI.create(url);
            if (since != null) {
                uri = URI.create(url + (uri.getRawQuery() == null ? "?" : "&") + "since="
                        + URLEncoder.encode(since.toString(), StandardCharsets.UTF_8));
            }
            request = HttpRequest.newBuilder(uri).timeout(readTimeout).GET()
                    .header("Accept", "text/csv, application/json, application/xml");
        } catch (IllegalArgumentException e) {
            throw new FeedException("feed URL is not valid: " + e.getMessage());
        }
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        if (etag != null && since == null) {
            request.header("If-None-Match", etag);
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new FeedException("feed did not answer within " + readTimeout.toSeconds() + " s (read timeout)", e);
        } catch (IOException e) {
            throw new FeedException("feed could not be fetched: " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedException("interrupted while fetching the feed", e);
        }
        int status = response.statusCode();
        if (status == 304) {
            close(response.body());
            return new FeedDownload(true, etag, null, null, null, null);
        }
        if (status != 200) {
            close(response.body());
            throw new FeedException("feed answered HTTP " + status + (status == 401 ? " (token missing, wrong or revoked)"
                    : status == 404 ? " (no such feed)" : ""));
        }
        Path file = spool(response.body());
        var headers = response.headers();
        return new FeedDownload(false, headers.firstValue("ETag").orElse(null), declaredRows(headers.firstValue("X-Feed-Rows").orElse(null)),
                headers.firstValue("Content-Type").orElse(null), file,
                generatedAt(headers.firstValue("X-Feed-Generated-At").orElse(null)));
    }

    private static Instant generatedAt(String header) {
        if (header == null) {
            return null;
        }
        try {
            return Instant.parse(header.trim());
        } catch (DateTimeParseException e) {
            return null; // not a usable since: the next run fetches the whole feed again
        }
    }

    private static Integer declaredRows(String header) throws FeedException {
        if (header == null) {
            return null;
        }
        try {
            return Integer.valueOf(header.trim());
        } catch (NumberFormatException e) {
            throw new FeedException("X-Feed-Rows is not a number: " + header);
        }
    }

    /** Copies the body to a temp file; a watchdog closes the stream after {@code readTimeout} without a byte. */
    private Path spool(InputStream body) throws FeedException {
        Path file;
        try {
            file = Files.createTempFile("gemlink-feed-", ".body");
        } catch (IOException e) {
            close(body);
            throw new FeedException("no room to spool the feed: " + e.getMessage(), e);
        }
        AtomicLong lastByte = new AtomicLong(System.nanoTime());
        AtomicBoolean timedOut = new AtomicBoolean();
        long limit = readTimeout.toNanos();
        Thread reader = Thread.currentThread();
        ScheduledFuture<?> watchdog = watchdogs.scheduleWithFixedDelay(() -> {
            if (System.nanoTime() - lastByte.get() > limit && timedOut.compareAndSet(false, true)) {
                reader.interrupt(); // unblocks the read, which then fails
                close(body);
            }
        }, 200, 200, TimeUnit.MILLISECONDS);
        try (InputStream in = body; OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                lastByte.set(System.nanoTime());
            }
            if (timedOut.get()) {
                throw new IOException("closed by the read timeout");
            }
            return file;
        } catch (IOException e) {
            deleteQuietly(file);
            throw new FeedException(timedOut.get()
                    ? "feed stopped sending for more than " + readTimeout.toSeconds() + " s (read timeout)"
                    : "feed body broke off: " + describe(e), e);
        } finally {
            watchdog.cancel(false);
            if (timedOut.get()) {
                Thread.interrupted(); // clear our own interrupt: the pooled thread lives on
            }
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing more to read anyway
        }
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
