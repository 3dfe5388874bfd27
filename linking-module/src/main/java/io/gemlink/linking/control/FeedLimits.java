package io.gemlink.linking.control;

import java.time.Duration;

/**
 * How long and how much one feed download may take: connect timeout, read timeout (the longest silence
 * while waiting for the answer or between body bytes), a deadline for the whole download (redirects and
 * body: a feed that trickles a byte a second never ends otherwise) and a cap on the body's bytes.
 */
public record FeedLimits(Duration connectTimeout, Duration readTimeout, Duration deadline, long maxBytes) {}
