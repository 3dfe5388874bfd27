package io.gemlink.orders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The end customer's shipping address, copied from the channel order to every dropship order. */
@Embeddable
public class ShippingAddress {

    @Column(name = "ship_name", length = 200)
    private String name;

    @Column(name = "ship_line1", length = 200)
    private String line1;

    @Column(name = "ship_line2", length = 200)
    private String line2;

    @Column(name = "ship_city", length = 100)
    private String city;

    @Column(name = "ship_region", length = 100)
    private String region;

    @Column(name = "ship_postal_code", length = 20)
    private String postalCode;

    @Column(name = "ship_country", length = 2)
    private String country;

    @Column(name = "ship_phone", length = 40)
    private String phone;

    protected ShippingAddress() {}

    public ShippingAddress(
            String name,
            String line1,
            String line2,
            String city,
            String region,
            String postalCode,
            String country,
            String phone) {
        this.name = name;
        this.line1 = line1;
        this.line2 = line2;
        this.city = city;
        this.region = region;
        this.postalCode = postalCode;
        this.country = country;
        this.phone = phone;
    }

    public ShippingAddress copy() {
        return new ShippingAddress(name, line1, line2, city, region, postalCode, country, phone);
    }

    public String getName() {
        return name;
    }

    public String getLine1() {
        return line1;
    }

    public String getLine2() {
        return line2;
    }

    public String getCity() {
        return city;
    }

    public String getRegion() {
        return region;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCountry() {
        return country;
    }

    public String getPhone() {
        return phone;
    }
}
