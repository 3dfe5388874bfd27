package io.gemlink.tracking.control;

import io.gemlink.platform.api.Constraints;
import io.gemlink.platform.api.FieldError;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a tracking webhook setting: an absolute http(s) URL of at most 1000 characters, and a
 * secret of 16 to 200 characters (required the first time; left out later, the old one stays).
 */
public final class WebhookRules {

    private static final String URL = "must be an absolute http or https URL of at most 1000 characters";

    private WebhookRules() {}

    /** A setting as checked; an empty secret is none. */
    record Setting(
            @NotBlank(message = "is required") @Size(max = 1000, message = URL)
            String url,

            @Size(min = 16, max = 200, message = "must be {min} to {max} characters")
            String secret) {}

    /** @throws io.gemlink.platform.api.BadInputException naming every offending field */
    public static void check(String url, String secret, boolean secretAlreadySet) {
        List<FieldError> errors = new ArrayList<>();
        if (url != null && !url.isBlank() && !httpUrl(url.strip())) {
            errors.add(new FieldError("url", URL));
        }
        boolean noSecret = secret == null || secret.isEmpty();
        if (noSecret && !secretAlreadySet) {
            errors.add(new FieldError("secret", "is required"));
        }
        Constraints.check(new Setting(url, noSecret ? null : secret), errors);
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
