package io.gemlink.platform.api;

import java.util.List;

/** One page of a list, as every list route of the partner API answers it. */
public record Page<T>(List<T> items, int page, int size, long total) {}
