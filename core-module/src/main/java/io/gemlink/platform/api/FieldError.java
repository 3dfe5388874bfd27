package io.gemlink.platform.api;

/** One reason a piece of input was refused, naming the field as the partner sent it. */
public record FieldError(String field, String message) {}
