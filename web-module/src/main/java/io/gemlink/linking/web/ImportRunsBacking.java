package io.gemlink.linking.web;

import io.gemlink.linking.api.ImportRunView;
import io.gemlink.linking.api.ImportSourceView;
import io.gemlink.linking.boundary.ImportRunService;
import io.gemlink.linking.boundary.ImportSourceService;
import io.gemlink.platform.api.ConflictException;
import io.gemlink.platform.api.PageRequest;
import io.gemlink.web.admin.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** A source's run history with the rejected rows of the chosen run, and "Run now" with live progress. */
@Named
@ViewScoped
public class ImportRunsBacking implements Serializable {

    @EJB
    ImportSourceService sources;

    @EJB
    ImportRunService runs;

    @Inject
    CurrentUser currentUser;

    private Long source;
    private Long selected;
    // one reading of the run per request: the bar, the summary and the polling script must agree even
    // when the run ends while the page renders (DistributorScreensIT saw a 5% bar beside "SUCCEEDED")
    private transient ImportRunView current;
    private transient FacesContext currentFor;

    public ImportSourceView getSource() {
        return sources.get(currentUser.accountId(), source);
    }

    public List<ImportRunView> getRuns() {
        return runs.runs(currentUser.accountId(), source, PageRequest.of(0, 50)).items();
    }

    /** The chosen run (default: the latest) with its rejected rows, as read once in this request. */
    public ImportRunView getCurrent() {
        FacesContext request = FacesContext.getCurrentInstance();
        if (currentFor != request) {
            current = readCurrent();
            currentFor = request;
        }
        return current;
    }

    private ImportRunView readCurrent() {
        Long runId = selected;
        if (runId == null) {
            List<ImportRunView> latest = runs.runs(currentUser.accountId(), source, PageRequest.of(0, 1))
                    .items();
            if (latest.isEmpty()) {
                return null;
            }
            runId = latest.get(0).id();
        }
        return runs.run(currentUser.accountId(), source, runId);
    }

    public boolean isRunning() {
        ImportRunView current = getCurrent();
        return current != null && "RUNNING".equals(current.status());
    }

    /** The progress bar's value: 100 once the run has ended, whatever its outcome, so that polling stops. */
    public int getProgress() {
        ImportRunView current = getCurrent();
        return current == null ? 0 : "RUNNING".equals(current.status()) ? Math.min(99, current.progress()) : 100;
    }

    public void runNow() {
        try {
            selected = runs.runNow(currentUser.accountId(), source).id();
            currentFor = null;
        } catch (ConflictException e) {
            FacesContext.getCurrentInstance()
                    .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
        }
    }

    public void show(long runId) {
        selected = runId;
        currentFor = null;
    }

    public Long getSourceId() {
        return source;
    }

    public void setSourceId(Long source) {
        this.source = source;
    }
}
