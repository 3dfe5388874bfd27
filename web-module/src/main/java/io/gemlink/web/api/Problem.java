package io.gemlink.web.api;

import io.gemlink.platform.api.FieldError;
import java.util.List;

/** RFC 9457 problem details, as every error of the partner API is answered. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {}
