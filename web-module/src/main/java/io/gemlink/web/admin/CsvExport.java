package io.gemlink.web.admin;

import io.gemlink.feeds.api.SpreadsheetCells;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The rows a user selected in a list, as a CSV download (RFC 4180 quoting, spreadsheet formulas neutralised). */
public final class CsvExport {

    private CsvExport() {}

    public static StreamedContent of(String fileName, List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(line(header));
        rows.forEach(row -> csv.append(line(row)));
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name(fileName)
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    static String line(List<String> cells) {
        return cells.stream().map(CsvExport::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        String text = SpreadsheetCells.neutralise(value == null ? "" : value);
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\""
                : text;
    }
}
