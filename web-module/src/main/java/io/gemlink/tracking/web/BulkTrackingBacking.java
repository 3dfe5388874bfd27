package io.gemlink.tracking.web;

import io.gemlink.platform.api.NotFoundException;
import io.gemlink.platform.api.PageRequest;
import io.gemlink.tracking.api.BulkJobSummary;
import io.gemlink.tracking.api.BulkJobView;
import io.gemlink.tracking.boundary.BulkJobs;
import io.gemlink.tracking.boundary.BulkTracking;
import io.gemlink.web.admin.CurrentUser;
import io.gemlink.web.api.InputLimits;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;

/**
 * Bulk tracking upload (CSV): the file is applied in the background while a progress bar follows
 * it; then the report — applied, unchanged, rejected rows with their reasons, warnings. Progress and
 * report are read from the upload's job in the database ({@code ?job=<id>}), so they survive a restart;
 * the page also lists the account's recent uploads.
 */
@Named
@ViewScoped
public class BulkTrackingBacking implements Serializable {

    private static final int RECENT = 20;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    @EJB
    BulkTracking bulk;

    @EJB
    BulkJobs jobs;

    @Inject
    CurrentUser currentUser;

    @Inject
    InputLimits limits;

    private transient UploadedFile file;
    private String jobId;

    public String upload() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (file == null || file.getSize() == 0) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Choose a CSV file first.", null));
            return null;
        }
        if (file.getSize() > limits.maxCsvBytes()) {
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            file.getFileName() + " is larger than " + limits.getCsvLimit()
                                    + "; split it and upload the parts.",
                            null));
            return null;
        }
        // the upload lives only as long as this request: keep a copy for the background run
        Path copy = Files.createTempFile("gemlink-bulk-tracking", ".csv");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        int rows;
        try (var lines = Files.lines(copy)) {
            rows = (int) Math.max(0, lines.filter(l -> !l.isBlank()).count() - 1);
        } catch (java.io.UncheckedIOException e) {
            rows = 0; // not UTF-8 text: the run itself says what is wrong
        }
        jobId = jobs.startScreenUpload(currentUser.accountId(), file.getFileName(), rows);
        bulk.runCsv(jobId, currentUser.accountId(), copy);
        awaitSmallJob();
        // the job's own address: a reload, or a visit after a restart, shows the same progress and report
        return "bulk?faces-redirect=true&job=" + jobId;
    }

    /** A small file is done in a moment: show its report with the page; a big one shows the progress bar. */
    private void awaitSmallJob() {
        long deadline = System.nanoTime() + 10_000_000_000L;
        try {
            while (!jobs.get(currentUser.accountId(), jobId).finished() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The shown upload, read once per request (a poll of the progress bar reads it afresh). */
    public BulkJobView getJob() {
        if (jobId == null) {
            return null;
        }
        Map<String, Object> request =
                FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        return (BulkJobView) request.computeIfAbsent("bulkTrackingJob", key -> {
            try {
                return jobs.get(currentUser.accountId(), jobId);
            } catch (NotFoundException e) {
                return null; // another account's, pruned, or made up: show no report
            }
        });
    }

    /** The progress bar's value: 100 once ended, whatever the outcome, so that polling stops. */
    public int getProgress() {
        BulkJobView job = getJob();
        return job == null ? 0 : job.percent();
    }

    /** The report, once the upload has ended and has rows to report. */
    public BulkJobView getResult() {
        BulkJobView job = getJob();
        return job == null || !job.finished() || (job.doneRows() == 0 && job.failure() != null) ? null : job;
    }

    public String getFailure() {
        BulkJobView job = getJob();
        return job == null ? null : job.failure();
    }

    @SuppressWarnings("unchecked")
    public List<BulkJobSummary> getRecent() {
        Map<String, Object> request =
                FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        return (List<BulkJobSummary>) request.computeIfAbsent(
                "bulkTrackingRecent",
                key -> jobs.list(currentUser.accountId(), new PageRequest(0, RECENT))
                        .items());
    }

    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    public String getFileName() {
        BulkJobView job = getJob();
        return job == null ? null : job.fileName();
    }

    public String getJobId() {
        return jobId;
    }

    public void setJobId(String jobId) {
        this.jobId = jobId == null || jobId.isBlank() ? null : jobId;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
