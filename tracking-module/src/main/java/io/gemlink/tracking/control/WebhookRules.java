package io.gemlink.tracking.control;

import io.gemlink.platform.api.Constraints;
import io.gemlink.platform.api.FieldError;
import io.gemlink.tracking.api.WebhookEvents;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a webhook setting: an absolute http(s) URL of at most 1000 characters, a secret of 16 to 200 characters
 * (required the first time; left out later, the old one stays) and, on the events route, a non-empty list of
 * known event names ({@link WebhookEvents}).
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
        checkWith(url, secret, secretAlreadySet, new ArrayList<>());
    }

    /**
     * Also the events: each a known name ({@code events[i]} names an unknown one), at least one.
     *
     * @return the names in {@link WebhookEvents#ALL}'s order, each once
     * @throws io.gemlink.platform.api.BadInputException naming every offending field
     */
    public static List<String> check(String url, String secret, boolean secretAlreadySet, List<String> events) {
        List<FieldError> errors = new ArrayList<>();
        if (events == null || events.isEmpty()) {
            errors.add(new FieldError("events", "must name at least one of " + WebhookEvents.ALL));
        } else {
            for (int i = 0; i < events.size(); i++) {
                if (!WebhookEvents.ALL.contains(events.get(i))) {
                    errors.add(new FieldError("events[" + i + "]", "must be one of " + WebhookEvents.ALL));
                }
            }
        }
        checkWith(url, secret, secretAlreadySet, errors);
        return WebhookEvents.ALL.stream().filter(events::contains).toList();
    }

    private static void checkWith(String url, String secret, boolean secretAlreadySet, List<FieldError> errors) {
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
