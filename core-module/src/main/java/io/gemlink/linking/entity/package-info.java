/**
 * What the distributor side stores besides linked products (which are {@link io.gemlink.catalog.entity.Product}
 * rows with their link set): {@link io.gemlink.linking.entity.ImportSource} with its schedule and claim,
 * {@link io.gemlink.linking.entity.ImportRun} and a bounded sample of
 * {@link io.gemlink.linking.entity.ImportRejection}s per run. Tables from {@code V4__linking.sql} and later
 * migrations.
 */
package io.gemlink.linking.entity;
