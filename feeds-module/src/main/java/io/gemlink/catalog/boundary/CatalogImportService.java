package io.gemlink.catalog.boundary;

import io.gemlink.catalog.api.ImportResult;
import io.gemlink.catalog.control.CsvProducts;
import io.gemlink.catalog.control.SkuOrderedWriters;
import io.gemlink.feeds.control.FeedsConfig;
import io.gemlink.platform.api.ConflictRetry;
import io.gemlink.platform.api.TransientConflictException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Loads a catalog CSV (header row of docs/api.md field names) row by row from the stream, writing good rows
 * in batches of {@code gemlink.feeds.import-batch-size} (1,000), each batch its own transaction: a
 * 100,000-row file is never held in memory nor written in one giant transaction. Rows already written
 * stay written if a later row is bad or the file breaks off; the answer says which rows were refused. Batches are
 * written on managed threads while the next one is read, up to {@code gemlink.feeds.import-writers} (2) at once,
 * each in its own transaction on its own connection: one batch's rows are bound and sent while the other's are
 * executed by the database. A batch that shares a SKU with one still being written waits for it, so a SKU that
 * appears twice ends as its last row says. A batch that lost a deadlock to its neighbour is written again
 * ({@link ConflictRetry}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each batch commits on its own
public class CatalogImportService {

    static final int MAX_REPORTED_ERRORS = 1000;
    private static final Logger LOG = Logger.getLogger(CatalogImportService.class.getName());
    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();

    @EJB
    CatalogService catalog;

    @Inject
    @ConfigProperties
    FeedsConfig config;

    @Resource
    ManagedExecutorService writers;

    @Inject
    ConflictRetry retry;

    /** A CSV to fill in: every column {@link #importCsv} reads, and one example row that imports as it stands. */
    public String template() {
        return CsvProducts.template();
    }

    public ImportResult importCsv(long accountId, InputStream csv) throws IOException {
        Tally tally = new Tally();
        Writing writing = new Writing(accountId, tally);
        try (writing;
                CSVParser parser = CSVParser.builder()
                        .setReader(withoutBom(csv))
                        .setFormat(FORMAT)
                        .get()) {
            CsvProducts.checkHeader(parser.getHeaderNames());
            List<CatalogService.Item> batch = new ArrayList<>(config.importBatchSize);
            Iterator<CSVRecord> records = parser.iterator();
            long row = 1;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException broken) {
                    // a broken quote etc.: the rows before it are kept, the rest cannot be read
                    tally.refuse(row + 1, "row", "the CSV cannot be read from here on: " + broken.getMessage());
                    break;
                }
                row = record.getRecordNumber() + 1; // the header is row 1
                CsvProducts.Result read = CsvProducts.read(record);
                if (read.product() == null) {
                    long at = row;
                    synchronized (tally) { // the row's errors together, not split by the writer's reports
                        read.errors().forEach(e -> tally.refuse(at, e.field(), e.message()));
                    }
                    continue;
                }
                batch.add(new CatalogService.Item(row, read.product()));
                if (batch.size() >= config.importBatchSize) {
                    writing.submit(batch);
                    batch = new ArrayList<>(config.importBatchSize);
                }
            }
            if (!batch.isEmpty()) {
                writing.submit(batch);
            }
        }
        return tally.result();
    }

    /** The batches being written ({@link SkuOrderedWriters}); closing waits for all. */
    private final class Writing implements AutoCloseable {
        private final long accountId;
        private final Tally tally;
        private final SkuOrderedWriters inFlight = new SkuOrderedWriters(writers, config.importWriters);

        Writing(long accountId, Tally tally) {
            this.accountId = accountId;
            this.tally = tally;
        }

        void submit(List<CatalogService.Item> batch) {
            // the rules on this thread, the database's time on the writers': the two overlap
            CatalogService.Checked checked = CatalogService.check(batch);
            Set<String> skus = checked.good().stream().map(i -> i.data().sku()).collect(Collectors.toSet());
            inFlight.submit(skus, () -> write(accountId, batch.size(), checked, tally));
        }

        @Override
        public void close() {
            inFlight.close();
        }
    }

    /** One batch in its own transaction; if the database refuses it, its rows are reported, the import goes on. */
    private void write(long accountId, int batchSize, CatalogService.Checked checked, Tally tally) {
        try {
            tally.add(retry.run(() -> catalog.write(accountId, checked)));
        } catch (EJBException | TransientConflictException e) { // the latter: it lost every retry
            LOG.log(Level.WARNING, "a catalog import batch was refused by the database", e);
            tally.add(new CatalogService.Written(0, 0, checked.refused()));
            checked.good()
                    .forEach(item -> tally.refuse(
                            item.number(),
                            "row",
                            "not stored: the database refused this batch of " + batchSize + " rows (" + rootMessage(e)
                                    + ")"));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    private static Reader withoutBom(InputStream in) throws IOException {
        PushbackReader reader = new PushbackReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') { // spreadsheets often start a UTF-8 CSV with a byte order mark
            reader.unread(first);
        }
        return reader;
    }

    /** Counts across batches (the reading thread and the writing one both report); keeps the first errors only. */
    private static final class Tally {
        int created;
        int updated;
        int rejected;
        final List<ImportResult.RowError> errors = new ArrayList<>();
        long lastRejected = -1;

        synchronized void add(CatalogService.Written written) {
            created += written.created();
            updated += written.updated();
            written.refused().forEach(r -> refuse(r.number(), r.field(), r.message()));
        }

        synchronized void refuse(long row, String field, String message) {
            if (row != lastRejected) {
                rejected++;
                lastRejected = row;
            }
            if (errors.size() < MAX_REPORTED_ERRORS) {
                errors.add(new ImportResult.RowError(row, field, message));
            }
        }

        synchronized ImportResult result() {
            errors.sort(java.util.Comparator.comparingLong(
                    ImportResult.RowError::row)); // unreadable rows are met before the batch checks
            return new ImportResult(created, updated, rejected, errors);
        }
    }
}
