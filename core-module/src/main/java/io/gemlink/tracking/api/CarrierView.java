package io.gemlink.tracking.api;

/** A carrier a vendor can ship with, and the public page where a tracking number can be followed. */
public record CarrierView(String code, String name, String trackingUrlTemplate) {}
