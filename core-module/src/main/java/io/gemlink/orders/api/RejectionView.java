package io.gemlink.orders.api;

import java.time.Instant;

/** Why a line was rejected, and when. */
public record RejectionView(LineReason reason, String note, Instant at) {}
