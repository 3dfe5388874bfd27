/**
 * The vendor side: catalog, feeds, grants, feed rendering. For now it holds feed pricing
 * (base × markup, then rounding as API.md defines it). Fires and observes nothing yet.
 */
package io.gemlink.feeds.boundary;
