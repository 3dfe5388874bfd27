package io.gemlink.tracking.web;

import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.PageRequest;
import io.gemlink.tracking.api.TrackingWebhookView;
import io.gemlink.tracking.api.WebhookDeliveryView;
import io.gemlink.tracking.boundary.TrackingWebhookService;
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
import java.util.stream.Collectors;

/** The tracking webhook page: URL and secret, and the delivery log with every attempt. */
@Named
@ViewScoped
public class TrackingWebhookBacking implements Serializable {

    @EJB
    TrackingWebhookService webhooks;

    @Inject
    CurrentUser currentUser;

    private String url;
    private String secret;
    private boolean secretSet;

    @PostConstruct
    void load() {
        webhooks.find(currentUser.accountId()).ifPresent(w -> {
            url = w.url();
            secretSet = w.secretSet();
        });
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            TrackingWebhookView saved = webhooks.set(currentUser.accountId(), url, secret);
            secretSet = saved.secretSet();
            secret = null;
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Tracking webhook saved.", null));
        } catch (BadInputException e) {
            e.errors()
                    .forEach(err -> faces.addMessage(
                            null,
                            new FacesMessage(FacesMessage.SEVERITY_ERROR, err.field() + ": " + err.message(), null)));
        }
    }

    public void remove() {
        webhooks.remove(currentUser.accountId());
        url = null;
        secretSet = false;
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Tracking webhook removed.", null));
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
