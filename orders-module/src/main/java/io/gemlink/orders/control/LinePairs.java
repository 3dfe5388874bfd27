package io.gemlink.orders.control;

import io.gemlink.orders.entity.SalesOrder;
import io.gemlink.orders.entity.SalesOrderLine;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which distributor line a vendor's dropship order line copies. The mirroring copies a vendor's linked lines of
 * the distributor order in line-number order, every one of them (a line the distributor cancelled before the
 * mirroring is copied as cancelled), so vendor line n is the n-th of them: no column has to say it.
 */
public final class LinePairs {

    private LinePairs() {}

    /** The distributor order's lines linked to this vendor, in line-number order: what its dropship order copies. */
    public static List<SalesOrderLine> linkedTo(SalesOrder distributorOrder, long vendorAccountId) {
        return distributorOrder.getLines().stream()
                .filter(l -> l.getVendorAccountId() != null && l.getVendorAccountId() == vendorAccountId)
                .sorted(Comparator.comparingInt(SalesOrderLine::getLineNo))
                .toList();
    }

    /** Vendor line → the distributor line it copies (by identity). */
    public static Map<SalesOrderLine, SalesOrderLine> of(SalesOrder vendorOrder, SalesOrder distributorOrder) {
        List<SalesOrderLine> vendorLines = vendorOrder.getLines().stream()
                .sorted(Comparator.comparingInt(SalesOrderLine::getLineNo))
                .toList();
        List<SalesOrderLine> distributorLines = linkedTo(distributorOrder, vendorOrder.getAccountId());
        if (vendorLines.size() != distributorLines.size()) {
            throw new IllegalStateException("vendor order " + vendorOrder.getNumber() + " has " + vendorLines.size()
                    + " lines for " + distributorLines.size() + " linked lines of order "
                    + distributorOrder.getNumber());
        }
        Map<SalesOrderLine, SalesOrderLine> pairs = new IdentityHashMap<>();
        for (int i = 0; i < vendorLines.size(); i++) {
            pairs.put(vendorLines.get(i), distributorLines.get(i));
        }
        return pairs;
    }

    /** The distributor's lines take their vendor lines' state and reason (in the vendor's transaction). */
    public static void follow(SalesOrder vendorOrder, SalesOrder distributorOrder) {
        of(vendorOrder, distributorOrder).forEach((vendorLine, distributorLine) -> distributorLine.follow(vendorLine));
    }
}
