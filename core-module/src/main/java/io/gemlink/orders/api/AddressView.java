package io.gemlink.orders.api;

/** A shipping address as partners send and read it. */
public record AddressView(String name, String line1, String line2, String city, String region,
                          String postalCode, String country, String phone) {
}
