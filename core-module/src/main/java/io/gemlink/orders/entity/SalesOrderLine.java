package io.gemlink.orders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One line of an order. On a distributor order a linked line names its vendor and the vendor's SKU. */
@Entity
@Table(name = "sales_order_line")
public class SalesOrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private SalesOrder order;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(nullable = false, length = 64)
    private String sku;

    @Column(length = 255)
    private String title;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;

    @Column(name = "vendor_account_id")
    private Long vendorAccountId;

    @Column(name = "vendor_sku", length = 64)
    private String vendorSku;

    @Column(nullable = false)
    private boolean backordered;

    protected SalesOrderLine() {}

    SalesOrderLine(SalesOrder order, int lineNo, String sku, String title, int quantity, BigDecimal unitPrice) {
        this.order = order;
        this.lineNo = lineNo;
        this.sku = sku;
        this.title = title;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
    }

    public void linkTo(long vendorAccountId, String vendorSku) {
        this.vendorAccountId = vendorAccountId;
        this.vendorSku = vendorSku;
    }

    public void markBackordered() {
        this.backordered = true;
    }

    public SalesOrder getOrder() {
        return order;
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getSku() {
        return sku;
    }

    public String getTitle() {
        return title;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public Long getVendorAccountId() {
        return vendorAccountId;
    }

    public String getVendorSku() {
        return vendorSku;
    }

    public boolean isBackordered() {
        return backordered;
    }
}
