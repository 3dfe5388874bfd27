package io.gemlink.orders.api;

/** The distributor's answer to a vendor's proposed ship date: the line stays (ACCEPTED) or is cancelled (REFUSED). */
public enum ProposalAnswer {
    ACCEPTED,
    REFUSED
}
