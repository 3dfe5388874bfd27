/**
 * Fault injection, in the test EAR only: CDI beans implementing core's hook interfaces
 * ({@link io.gemlink.orders.api.OrderHooks}, {@link io.gemlink.tracking.api.ShipmentHooks}), which production leaves
 * without implementation. {@code Deployments} packs this package as a library jar into the EAR's {@code lib/},
 * whose beans every module sees.
 */
package io.gemlink.it.faults;
