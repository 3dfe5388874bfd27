/**
 * Outbound HTTP that cannot be turned inward (SSRF): the one address check used by every module that
 * connects to a URL a partner gave us (external import feeds, tracking webhooks).
 * {@link io.gemlink.platform.outbound.AddressRules} refuses loopback, link-local (cloud metadata
 * included), private, unspecified, multicast and reserved addresses, their IPv4-mapped IPv6 forms and
 * this machine's own addresses, unless {@code gemlink.outbound.allowed-networks} names them; this
 * server's own ports ({@code gemlink.outbound.own-ports} and those the running Payara Server's configuration
 * names, {@link io.gemlink.platform.outbound.ServerPorts}) stay refused there too.
 * {@link io.gemlink.platform.outbound.OutboundHttp} builds clients that apply it to the resolved
 * address of every connection they open, so a DNS answer that changed after a URL was saved is
 * caught when it matters. Fires and observes nothing; reads no database.
 */
package io.gemlink.platform.outbound;
