package io.gemlink.tracking.web;

import io.gemlink.tracking.api.BulkJobView;
import io.gemlink.tracking.api.BulkResult;
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
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Bulk tracking upload (CSV): the file is applied in the background while a progress bar follows
 * it; then the report — applied, unchanged, rejected rows with their reasons, warnings.
 */
@Named
@ViewScoped
public class BulkTrackingBacking implements Serializable {

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
    private String fileName;

    public void upload() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (file == null || file.getSize() == 0) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Choose a CSV file first.", null));
            return;
        }
        if (file.getSize() > limits.maxCsvBytes()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, file.getFileName()
                    + " is larger than " + limits.getCsvLimit() + "; split it and upload the parts.", null));
            return;
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
        fileName = file.getFileName();
        jobId = jobs.start(currentUser.accountId(), rows);
        bulk.runCsv(jobId, currentUser.accountId(), copy);
        awaitSmallJob();
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

    public BulkJobView getJob() {
        return jobId == null ? null : jobs.get(currentUser.accountId(), jobId);
    }

    /** The progress bar's value: 100 once finished, whatever the outcome, so that polling stops. */
    public int getProgress() {
        BulkJobView job = getJob();
        return job == null ? 0 : job.percent();
    }

    public BulkResult getResult() {
        BulkJobView job = getJob();
        return job == null ? null : job.result();
    }

    public String getFailure() {
        BulkJobView job = getJob();
        return job == null ? null : job.failure();
    }

    public String getFileName() { return fileName; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
}
