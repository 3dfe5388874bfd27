package io.gemlink.catalog.web;

import io.gemlink.catalog.api.ImportResult;
import io.gemlink.catalog.boundary.CatalogImportService;
import io.gemlink.catalog.control.CsvColumnMapping;
import io.gemlink.catalog.control.CsvProducts;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.web.admin.CurrentUser;
import io.gemlink.web.api.InputLimits;
import jakarta.annotation.PreDestroy;
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
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.model.file.UploadedFile;

/**
 * CSV upload of a catalog, with the report: counts and rejected rows. A file in our layout (commas, our column names)
 * is imported at once; any other is kept in a temporary file while the user maps its columns to our fields
 * ({@link CsvColumnMapping}), then re-written as our layout on its way into the same {@code importCsv}. The file is
 * deleted after the import, on a new upload, or when the view ends.
 */
@Named
@ViewScoped
public class CatalogImportBacking implements Serializable {

    private static final Logger LOG = Logger.getLogger(CatalogImportBacking.class.getName());

    @EJB
    CatalogImportService imports;

    @Inject
    CurrentUser currentUser;

    @Inject
    InputLimits limits;

    private transient UploadedFile file;
    private ImportResult result;
    private String stored; // the upload awaiting its mapping (a Path is not Serializable)
    private String storedName;
    private char delimiter;
    private List<Choice> columns = List.of();

    /** One file column on the mapping step; {@code field} is what the user picked ("" to ignore it). */
    public static final class Choice implements Serializable {
        private final String header;
        private final List<String> samples;
        private String field;

        Choice(String header, List<String> samples, String field) {
            this.header = header;
            this.samples = List.copyOf(samples);
            this.field = field == null ? "" : field;
        }

        public String getHeader() {
            return header;
        }

        public List<String> getSamples() {
            return samples;
        }

        public String getField() {
            return field;
        }

        public void setField(String field) {
            this.field = field == null ? "" : field;
        }
    }

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
        discard();
        result = null;
        Path copy = Files.createTempFile("gemlink-catalog-", ".csv");
        stored = copy.toString();
        storedName = file.getFileName();
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        CsvColumnMapping.Preview preview;
        try (InputStream in = Files.newInputStream(copy)) {
            preview = CsvColumnMapping.preview(in);
        }
        if (preview.columns().isEmpty()) {
            discard();
            faces.addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_ERROR, storedName + " has no header row.", null));
            return;
        }
        if (preview.ourLayout()) {
            try (InputStream csv = Files.newInputStream(copy)) {
                run(csv);
            } finally {
                discard();
            }
            return;
        }
        delimiter = preview.delimiter();
        columns = new ArrayList<>();
        preview.columns().forEach(c -> columns.add(new Choice(c.header(), c.samples(), c.field())));
    }

    /** The mapping step's button: refuses a mapping without a required field or with a field twice, else imports. */
    public void importMapped() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (stored == null || !Files.exists(Path.of(stored))) {
            columns = List.of();
            faces.addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Upload the file again, please.", null));
            return;
        }
        List<String> headers = columns.stream().map(Choice::getHeader).toList();
        List<String> fields = columns.stream().map(Choice::getField).toList();
        List<CsvColumnMapping.Problem> problems = CsvColumnMapping.check(headers, fields);
        if (!problems.isEmpty()) {
            problems.forEach(p -> faces.addMessage(
                    p.column() < 0 ? "mapping" : "mapping:columns:" + p.column() + ":field",
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            (p.column() < 0 ? "" : headers.get(p.column()) + ": ") + p.message(),
                            null)));
            faces.validationFailed();
            return;
        }
        try (InputStream csv = CsvColumnMapping.rewrite(Files.newInputStream(Path.of(stored)), delimiter, fields)) {
            run(csv);
        } finally {
            discard();
        }
    }

    /** Leaves the mapping step without importing. */
    public void cancel() {
        discard();
    }

    private void run(InputStream csv) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            result = imports.importCsv(currentUser.accountId(), csv);
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            "Imported " + storedName + ": " + result.created() + " created, " + result.updated()
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

    @PreDestroy
    void discard() {
        columns = List.of();
        if (stored != null) {
            try {
                Files.deleteIfExists(Path.of(stored));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not delete the uploaded catalog " + stored, e);
            }
            stored = null;
        }
    }

    public boolean isMapping() {
        return !columns.isEmpty();
    }

    public List<Choice> getColumns() {
        return columns;
    }

    /** Our fields, in the template's order, for the mapping's selects. */
    public List<String> getFields() {
        return CsvProducts.COLUMNS;
    }

    public List<String> getRequired() {
        return CsvProducts.REQUIRED;
    }

    public String getDelimiterName() {
        return switch (delimiter) {
            case ';' -> "semicolons";
            case '\t' -> "tabs";
            default -> "commas";
        };
    }

    public String getStoredName() {
        return storedName;
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
