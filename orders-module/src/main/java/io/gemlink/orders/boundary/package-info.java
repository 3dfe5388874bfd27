/**
 * Order intake and dropship mirroring. For now it holds the rule that decides whether a dropship
 * order may flow between two accounts ({@link io.gemlink.orders.boundary.DropshipReadiness});
 * it fires and observes nothing yet.
 */
package io.gemlink.orders.boundary;
