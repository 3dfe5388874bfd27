package io.gemlink.linking.web;

import io.gemlink.linking.api.ImportRunView;
import io.gemlink.linking.api.ImportSourceView;
import io.gemlink.linking.boundary.ImportRunService;
import io.gemlink.linking.boundary.ImportSourceService;
import io.gemlink.platform.api.ConflictException;
import io.gemlink.platform.api.NotFoundException;
import io.gemlink.platform.api.Page;
import io.gemlink.platform.api.PageRequest;
import io.gemlink.web.admin.CurrentUser;
import io.gemlink.web.admin.ListSort;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

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

    private String status = "";
    private long total;
    private LazyDataModel<ImportRunView> history;

    /**
     * Reads the source named by ?source= before the page renders: a missing, unreadable or another account's id is
     * "not found", which the error page answers with 404.
     */
    public void load() {
        if (source == null) {
            throw new NotFoundException("import source");
        }
        sources.get(currentUser.accountId(), source);
    }

    public ImportSourceView getSource() {
        return sources.get(currentUser.accountId(), source);
    }

    /** The run history, paged, sorted and filtered by status in the database. */
    public LazyDataModel<ImportRunView> getRuns() {
        if (history == null) {
            long accountId = currentUser.accountId();
            history = new LazyDataModel<>() {
                @Override
                public int count(Map<String, FilterMeta> filters) {
                    return (int) runs.runs(accountId, source, status, null, false, PageRequest.of(0, 1))
                            .total();
                }

                @Override
                public List<ImportRunView> load(
                        int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
                    int size = Math.max(1, pageSize);
                    ListSort by = ListSort.of(sort, "startedAt", false);
                    Page<ImportRunView> page = runs.runs(
                            accountId, source, status, by.key(), by.ascending(), PageRequest.of(first / size, size));
                    total = page.total();
                    setRowCount((int) total);
                    return page.items();
                }

                @Override
                public String getRowKey(ImportRunView run) {
                    return Long.toString(run.id());
                }
            };
        }
        return history;
    }

    public String getTotalText() {
        return NumberFormat.getIntegerInstance(Locale.US).format(total) + (total == 1 ? " run" : " runs");
    }

    public String getEmptyMessage() {
        return status == null || status.isBlank()
                ? "No runs yet. Press \"Run now\", or wait for the schedule."
                : "No run with this status. Choose \"All statuses\" to see every run.";
    }

    public List<String> getStatuses() {
        return List.of("RUNNING", "SUCCEEDED", "FAILED");
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null ? "" : status;
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
