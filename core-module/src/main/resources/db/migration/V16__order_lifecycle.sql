-- Order lifecycle (issue #17): each line's state and, once rejected or cancelled, why and when; each order's
-- last cancellation (who, why, when). A distributor's linked line keeps its vendor line's state and reason in
-- its own row, written in the same transaction as the vendor's.

ALTER TABLE sales_order_line ADD COLUMN state VARCHAR(16) NOT NULL DEFAULT 'OPEN';
ALTER TABLE sales_order_line ADD COLUMN closed_reason VARCHAR(32);
ALTER TABLE sales_order_line ADD COLUMN closed_note VARCHAR(500);
ALTER TABLE sales_order_line ADD COLUMN closed_at DATETIME(6);

ALTER TABLE sales_order ADD COLUMN cancelled_by VARCHAR(16);
ALTER TABLE sales_order ADD COLUMN cancel_reason VARCHAR(32);
ALTER TABLE sales_order ADD COLUMN cancel_note VARCHAR(500);
ALTER TABLE sales_order ADD COLUMN cancelled_at DATETIME(6);

-- orders that shipped before this migration: their lines have shipped (a distributor order's linked lines once
-- their vendor order has)
UPDATE sales_order_line SET state = 'SHIPPED'
 WHERE vendor_account_id IS NULL
   AND order_id IN (SELECT id FROM sales_order WHERE status = 'SHIPPED');
UPDATE sales_order_line SET state = 'SHIPPED'
 WHERE vendor_account_id IS NOT NULL
   AND EXISTS (SELECT 1 FROM dropship_part p JOIN sales_order v ON v.id = p.vendor_order_id
                WHERE p.order_id = sales_order_line.order_id
                  AND p.vendor_account_id = sales_order_line.vendor_account_id
                  AND v.status = 'SHIPPED');
UPDATE sales_order_line SET state = 'CANCELLED'
 WHERE order_id IN (SELECT id FROM sales_order WHERE status = 'CANCELLED');
