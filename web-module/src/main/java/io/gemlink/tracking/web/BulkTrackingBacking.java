package io.gemlink.tracking.web;

import io.gemlink.platform.api.BadInputException;
import io.gemlink.tracking.api.BulkResult;
import io.gemlink.tracking.boundary.BulkTracking;
import io.gemlink.web.admin.CurrentUser;
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

/** Bulk tracking upload (CSV) with its report: applied, unchanged, rejected rows with their reasons. */
@Named
@ViewScoped
public class BulkTrackingBacking implements Serializable {

    @EJB
    BulkTracking bulk;

    @Inject
    CurrentUser currentUser;

    private transient UploadedFile file;
    private BulkResult result;

    public void upload() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (file == null || file.getSize() == 0) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Choose a CSV file first.", null));
            return;
        }
        try (InputStream csv = file.getInputStream()) {
            result = bulk.applyCsv(currentUser.accountId(), csv, done -> { });
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, file.getFileName() + ": "
                    + result.applied() + " applied, " + result.unchanged() + " unchanged, "
                    + result.rejected().size() + " rejected.", null));
        } catch (BadInputException e) {
            result = null;
            e.errors().forEach(err -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    err.field() + ": " + err.message(), null)));
        }
    }

    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public BulkResult getResult() { return result; }
}
