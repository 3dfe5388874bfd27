package io.gemlink.linking.web;

import io.gemlink.linking.api.ImportSourceRequest;
import io.gemlink.linking.api.ImportSourceView;
import io.gemlink.linking.api.MissingRule;
import io.gemlink.linking.api.PriceRule;
import io.gemlink.linking.boundary.ImportSourceService;
import io.gemlink.linking.boundary.SourceConnectionTester;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.pricing.api.Rounding;
import io.gemlink.web.admin.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Add or edit an import source ({@code ?id=} edits). */
@Named
@ViewScoped
public class ImportSourceFormBacking implements Serializable {

    /** The form's words for the fields the source's rules name. */
    private static final Map<String, String> LABELS = Map.of(
            "feedUrl", "Feed URL",
            "token", "Token",
            "everyMinutes", "Every (minutes)",
            "priceRule.markupPercent", "Markup %",
            "priceRule.rounding", "Rounding",
            "stockBuffer", "Stock buffer",
            "missing", "Products that leave the feed",
            "keep", "Keep my own");

    @EJB
    ImportSourceService sources;

    @EJB
    SourceConnectionTester connectionTest;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private String feedUrl;
    private String token;
    private Integer everyMinutes = 60;
    private BigDecimal markupPercent = BigDecimal.ZERO;
    private String rounding = "NONE";
    private Integer stockBuffer = 0;
    private String missing = MissingRule.ZERO_STOCK.name();
    private List<String> keep = new ArrayList<>();
    private SourceConnectionTester.Outcome tested;

    /** f:viewAction: loads the source being edited. */
    public void load() {
        if (id != null) {
            ImportSourceView s = sources.get(currentUser.accountId(), id);
            feedUrl = s.feedUrl();
            everyMinutes = s.everyMinutes();
            markupPercent = s.priceRule().markupPercent();
            rounding = s.priceRule().rounding();
            stockBuffer = s.stockBuffer();
            missing = s.missing().name();
            keep = new ArrayList<>(s.keep());
        }
    }

    public String save() {
        // an empty token field while editing keeps the current token
        String tokenValue = token == null || token.isBlank() ? (id == null ? "" : null) : token;
        ImportSourceRequest request = new ImportSourceRequest(
                feedUrl,
                tokenValue,
                everyMinutes,
                new PriceRule(markupPercent, rounding),
                stockBuffer,
                missing,
                keep,
                null);
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (id == null) {
                sources.create(currentUser.accountId(), request);
            } else {
                sources.change(currentUser.accountId(), id, request);
            }
        } catch (BadInputException e) {
            e.errors()
                    .forEach(err -> faces.addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR,
                                    LABELS.getOrDefault(err.field(), err.field()) + ": " + err.message(),
                                    null)));
            return null;
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Import source saved.", null));
        return "/admin/imports/sources?faces-redirect=true";
    }

    /** "Test connection": fetches and checks the feed as a run would, before anything is saved. */
    public void testConnection() {
        tested = connectionTest.test(currentUser.accountId(), id, feedUrl, token);
    }

    /** The last connection test's outcome, or null. */
    public SourceConnectionTester.Outcome getTested() {
        return tested;
    }

    /** The first rejected rows of the last test, e.g. "row 3: price: is required". */
    public List<String> getTestedSample() {
        return tested == null
                ? List.of()
                : tested.sample().stream()
                        .limit(5)
                        .map(r -> "row " + r.row() + ": " + r.message())
                        .toList();
    }

    public List<String> getRoundings() {
        return Arrays.stream(Rounding.values()).map(Enum::name).toList();
    }

    public MissingRule[] getMissingRules() {
        return MissingRule.values();
    }

    public List<String> getKeepable() {
        return List.of("title", "description", "category", "brand", "images", "tags", "price");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getFeedUrl() {
        return feedUrl;
    }

    public void setFeedUrl(String feedUrl) {
        this.feedUrl = feedUrl;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public Integer getEveryMinutes() {
        return everyMinutes;
    }

    public void setEveryMinutes(Integer everyMinutes) {
        this.everyMinutes = everyMinutes;
    }

    public BigDecimal getMarkupPercent() {
        return markupPercent;
    }

    public void setMarkupPercent(BigDecimal markupPercent) {
        this.markupPercent = markupPercent;
    }

    public String getRounding() {
        return rounding;
    }

    public void setRounding(String rounding) {
        this.rounding = rounding;
    }

    public Integer getStockBuffer() {
        return stockBuffer;
    }

    public void setStockBuffer(Integer stockBuffer) {
        this.stockBuffer = stockBuffer;
    }

    public String getMissing() {
        return missing;
    }

    public void setMissing(String missing) {
        this.missing = missing;
    }

    public List<String> getKeep() {
        return keep;
    }

    public void setKeep(List<String> keep) {
        this.keep = keep;
    }
}
