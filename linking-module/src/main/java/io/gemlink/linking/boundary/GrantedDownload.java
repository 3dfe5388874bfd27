package io.gemlink.linking.boundary;

import io.gemlink.feeds.api.FeedAccessDenied;
import io.gemlink.feeds.api.GrantedFeeds;
import io.gemlink.linking.control.FeedClient;
import io.gemlink.linking.control.FeedDownload;
import io.gemlink.linking.control.FeedException;
import io.gemlink.linking.control.RunPlan;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An in-network source's feed, read through its grant inside this deployment and spooled like an HTTP
 * download, so that the same validation and writing follow. The stored feed URL plays no part.
 */
final class GrantedDownload {

    private GrantedDownload() {}

    static FeedDownload read(GrantedFeeds feeds, RunPlan plan) throws FeedException {
        Path file;
        try {
            file = Files.createTempFile("gemlink-feed-", ".body");
        } catch (IOException e) {
            throw new FeedException("no room to spool the feed: " + e.getMessage(), e);
        }
        try {
            GrantedFeeds.Delivered d;
            try (OutputStream out = Files.newOutputStream(file)) {
                d = feeds.read(plan.feedId(), plan.accountId(), plan.etag(), plan.changesSince(), out);
            }
            if (d.notModified()) {
                FeedClient.deleteQuietly(file);
                return new FeedDownload(true, plan.etag(), null, null, null, null);
            }
            return new FeedDownload(false, d.etag(), Math.toIntExact(d.rows()), d.contentType(), file, d.generatedAt());
        } catch (FeedAccessDenied e) {
            FeedClient.deleteQuietly(file);
            throw new FeedException("the feed refused this source: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            FeedClient.deleteQuietly(file);
            throw new FeedException(
                    "the feed could not be read: " + e.getClass().getSimpleName(), e);
        }
    }
}
