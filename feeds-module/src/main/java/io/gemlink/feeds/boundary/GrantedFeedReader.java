package io.gemlink.feeds.boundary;

import io.gemlink.feeds.api.GrantedFeeds;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

/** {@link GrantedFeeds}: a feed delivered inside the deployment, through the same code as over HTTP. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // as FeedDelivery: a long stream holds no transaction
public class GrantedFeedReader implements GrantedFeeds {

    @EJB
    FeedDelivery delivery;

    @Override
    public Delivered read(long feedId, long distributorAccountId, String etag, Instant since, Body body)
            throws IOException {
        Answer answer = new Answer(body);
        delivery.deliverToDistributor(feedId, distributorAccountId, since, etag, answer);
        return answer.delivered;
    }

    /** Takes the headers as values and hands out the caller's stream for the body. */
    private static final class Answer implements FeedResponse {
        private final Body body;
        private Delivered delivered;

        Answer(Body body) {
            this.body = body;
        }

        @Override
        public void notModified(String etag) {
            delivered = new Delivered(true, etag, 0, null, null);
        }

        @Override
        public OutputStream ok(String etag, long rows, String vendorPublicId, Instant generatedAt, String contentType)
                throws IOException {
            delivered = new Delivered(false, etag, rows, generatedAt, contentType);
            OutputStream out = body.open(delivered);
            return new java.io.FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    out.flush(); // the caller owns the stream and closes it
                }
            };
        }
    }
}
