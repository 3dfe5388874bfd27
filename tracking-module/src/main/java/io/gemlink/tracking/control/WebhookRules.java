package io.gemlink.tracking.control;

import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.FieldError;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a tracking webhook setting: an absolute http(s) URL of at most 1000 characters, and a
 * secret of 16 to 200 characters (required the first time; left out later, the old one stays).
 */
public final class WebhookRules {

    private WebhookRules() {
    }

    public static void check(String url, String secret, boolean secretAlreadySet) {
        List<FieldError> errors = new ArrayList<>();
        if (url == null || url.isBlank()) {
            errors.add(new FieldError("url", "is required"));
        } else if (url.length() > 1000 || !httpUrl(url.strip())) {
            errors.add(new FieldError("url", "must be an absolute http or https URL of at most 1000 characters"));
        }
        if (secret == null || secret.isEmpty()) {
            if (!secretAlreadySet) {
                errors.add(new FieldError("secret", "is required"));
            }
        } else if (secret.length() < 16 || secret.length() > 200) {
            errors.add(new FieldError("secret", "must be 16 to 200 characters"));
        }
        if (!errors.isEmpty()) {
            throw new BadInputException(errors);
        }
    }

    private static boolean httpUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
