package io.gemlink.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** Fetches a delivered feed as a distributor's importer would: grant token, optional If-None-Match. */
final class FeedFetch {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private FeedFetch() {}

    static Answer get(String pathAndQuery, String token, String ifNoneMatch) {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(Api.BASE + pathAndQuery)).timeout(Duration.ofSeconds(120));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        try {
            HttpResponse<String> r = HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    r.statusCode(),
                    r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("ETag"),
                    r.headers().firstValue("X-Feed-Rows").map(Long::parseLong).orElse(-1L),
                    r.headers().firstValue("X-Feed-Vendor").orElse(null),
                    r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Answer(int status, String contentType, Optional<String> etag, long rows, String vendor, String body) {}
}
