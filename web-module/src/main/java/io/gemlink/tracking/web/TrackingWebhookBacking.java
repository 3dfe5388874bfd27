package io.gemlink.tracking.web;

import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.NotFoundException;
import io.gemlink.platform.api.PageRequest;
import io.gemlink.tracking.api.TrackingWebhookView;
import io.gemlink.tracking.api.WebhookDeliveryView;
import io.gemlink.tracking.boundary.TrackingWebhookService;
import io.gemlink.tracking.boundary.WebhookTestSender;
import io.gemlink.tracking.control.WebhookClient;
import io.gemlink.web.admin.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The tracking webhook page: URL and secret, a signed test notice with the receiver's answer, removal, and the
 * delivery log with every attempt.
 */
@Named
@ViewScoped
public class TrackingWebhookBacking implements Serializable {

    /** The form's words for the webhook's fields. */
    private static final Map<String, String> LABELS = Map.of("url", "URL", "secret", "Secret");

    @EJB
    TrackingWebhookService webhooks;

    @EJB
    WebhookTestSender tests;

    @Inject
    CurrentUser currentUser;

    private String url;
    private String secret;
    private boolean secretSet;
    private boolean saved;
    private WebhookClient.Answer testAnswer;

    @PostConstruct
    void load() {
        webhooks.find(currentUser.accountId()).ifPresent(w -> {
            url = w.url();
            secretSet = w.secretSet();
            saved = true;
        });
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            TrackingWebhookView saved = webhooks.set(currentUser.accountId(), url, secret);
            secretSet = saved.secretSet();
            this.saved = true;
            secret = null;
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Tracking webhook saved.", null));
        } catch (BadInputException e) {
            e.errors()
                    .forEach(err -> faces.addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR,
                                    LABELS.getOrDefault(err.field(), err.field()) + ": " + err.message(),
                                    null)));
        }
    }

    public void remove() {
        webhooks.remove(currentUser.accountId());
        url = null;
        secretSet = false;
        saved = false;
        testAnswer = null;
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Tracking webhook removed.", null));
    }

    /** Sends a signed test notice to the saved webhook and keeps the receiver's answer for the page. */
    public void sendTest() {
        try {
            testAnswer = tests.send(currentUser.accountId());
        } catch (NotFoundException e) {
            testAnswer = null;
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(FacesMessage.SEVERITY_ERROR, "Save the webhook before testing it.", null));
        }
    }

    /** The last test's answer, or null. */
    public WebhookClient.Answer getTestAnswer() {
        return testAnswer;
    }

    /** E.g. "Delivered: HTTP 200 in 12 ms." or "Not delivered: connection refused (3 ms)." */
    public String getTestSummary() {
        if (testAnswer == null) {
            return null;
        }
        return testAnswer.delivered()
                ? "Delivered: HTTP " + testAnswer.status() + " in " + testAnswer.durationMs() + " ms."
                : "Not delivered: " + testAnswer.error() + " (" + testAnswer.durationMs() + " ms).";
    }

    /** Whether a webhook is stored (the test goes to the saved URL, not to what the form holds). */
    public boolean isSaved() {
        return saved;
    }

    public List<WebhookDeliveryView> getDeliveries() {
        return webhooks.deliveries(currentUser.accountId(), PageRequest.of(0, 100))
                .items();
    }

    /** One line per attempt, e.g. "#1 2026-11-27T01:02:03Z HTTP 500 (12 ms)". */
    public String attempts(WebhookDeliveryView d) {
        return d.log().stream()
                .map(a -> "#" + a.attempt() + " " + a.at() + " "
                        + (a.statusCode() != null ? "HTTP " + a.statusCode() : a.error()) + " (" + a.durationMs()
                        + " ms)")
                .collect(Collectors.joining("; "));
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public boolean isSecretSet() {
        return secretSet;
    }
}
