package io.gemlink.linking.boundary;

import io.gemlink.feeds.api.FeedAccessDenied;
import io.gemlink.feeds.api.GrantedFeeds;
import io.gemlink.linking.control.FeedClient;
import io.gemlink.linking.control.FeedDownload;
import io.gemlink.linking.control.FeedException;
import io.gemlink.linking.control.FeedIntake;
import io.gemlink.linking.control.FeedSpool;
import io.gemlink.linking.control.RunPlan;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An in-network source's feed, read through its grant inside this deployment and spooled like an HTTP
 * download (and validated while it arrives, {@link FeedIntake}), so that the same validation and writing follow.
 * The stored feed URL plays no part.
 */
final class GrantedDownload {

    private GrantedDownload() {}

    static FeedDownload read(GrantedFeeds feeds, RunPlan plan, FeedIntake intake) throws FeedException {
        FeedSpool[] spool = {null};
        OutputStream[] body = {null};
        try {
            GrantedFeeds.Delivered d =
                    feeds.read(plan.feedId(), plan.accountId(), plan.etag(), plan.changesSince(), headers -> {
                        spool[0] = intake.open(headers.contentType());
                        return body[0] = spool[0].out();
                    });
            if (d.notModified()) {
                return new FeedDownload(true, plan.etag(), null, null, null, null);
            }
            body[0].close(); // the body is complete
            return new FeedDownload(
                    false, d.etag(), Math.toIntExact(d.rows()), d.contentType(), spool[0].file(), d.generatedAt());
        } catch (FeedAccessDenied e) {
            discard(spool[0], body[0]);
            throw new FeedException("the feed refused this source: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            discard(spool[0], body[0]);
            throw new FeedException(
                    "the feed could not be read: " + e.getClass().getSimpleName(), e);
        }
    }

    private static void discard(FeedSpool spool, OutputStream body) {
        if (spool != null) {
            spool.fail();
            try {
                if (body != null) {
                    body.close();
                }
            } catch (IOException | RuntimeException ignored) {
                // failed already: the spool is deleted
            }
            FeedClient.deleteQuietly(spool.file());
        }
    }
}
