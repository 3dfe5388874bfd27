package io.gemlink.catalog.web;

import io.gemlink.catalog.api.ImportResult;
import io.gemlink.catalog.boundary.CatalogImportService;
import io.gemlink.platform.api.BadInputException;
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
import org.primefaces.model.file.UploadedFile;

/** CSV upload of a catalog, with the report: counts and rejected rows. */
@Named
@ViewScoped
public class CatalogImportBacking implements Serializable {

    @EJB
    CatalogImportService imports;

    @Inject
    CurrentUser currentUser;

    @Inject
    InputLimits limits;

    private transient UploadedFile file;
    private ImportResult result;

    public void upload() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (file == null || file.getSize() == 0) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Choose a CSV file first.", null));
            return;
        }
        if (file.getSize() > limits.maxCsvBytes()) {
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            file.getFileName() + " is larger than " + limits.getCsvLimit()
                                    + "; split it and import the parts.",
                            null));
            return;
        }
        try (InputStream csv = file.getInputStream()) {
            result = imports.importCsv(currentUser.accountId(), csv);
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            "Imported " + file.getFileName() + ": " + result.created() + " created, " + result.updated()
                                    + " updated, " + result.rejected() + " rejected.",
                            null));
        } catch (BadInputException e) {
            result = null;
            e.errors()
                    .forEach(err -> faces.addMessage(
                            null,
                            new FacesMessage(FacesMessage.SEVERITY_ERROR, err.field() + ": " + err.message(), null)));
        }
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public ImportResult getResult() {
        return result;
    }
}
