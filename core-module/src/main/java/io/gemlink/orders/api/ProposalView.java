package io.gemlink.orders.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A later ship date the vendor proposed for a line, with its note and when; {@code answer} null while the
 * distributor has not answered.
 */
public record ProposalView(LocalDate date, String note, Instant at, ProposalAnswer answer) {}
