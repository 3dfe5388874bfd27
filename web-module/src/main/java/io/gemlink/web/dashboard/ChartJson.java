package io.gemlink.web.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Chart.js configurations (the JSON that PrimeFaces' {@code p:chart} takes as its value). Labels are the
 * platform's own words (days, channels, statuses), never partners' text: the configuration is written into the
 * page's script.
 */
final class ChartJson {

    private static final String[] COLOURS = {
        "#7a5c12", "#1d4ed8", "#1b7f3b", "#b45309", "#7c3aed", "#0e7490", "#a4262c", "#6b7280"
    };
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    private ChartJson() {}

    /** The {@code days} UTC days up to today, oldest first. */
    static List<LocalDate> lastDays(LocalDate today, int days) {
        List<LocalDate> list = new ArrayList<>();
        for (int i = days - 1; i >= 0; i--) {
            list.add(today.minusDays(i));
        }
        return list;
    }

    static List<String> dayLabels(List<LocalDate> days) {
        return days.stream().map(DAY::format).toList();
    }

    /** Bars, one dataset per entry of {@code series} (in its order), stacked when there are several. */
    static String bars(List<String> labels, Map<String, List<Long>> series, String yTitle) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (var e : series.entrySet()) {
            datasets.add(dataset(e.getKey(), e.getValue(), COLOURS[i++ % COLOURS.length]));
        }
        return config("bar", labels, datasets, scales(series.size() > 1, yTitle, null))
                .build()
                .toString();
    }

    /** Counts as bars (stacked) plus a line of durations on a second axis. */
    static String barsWithLine(
            List<String> labels, Map<String, List<Long>> counts, String lineLabel, List<Long> line, String lineTitle) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (var e : counts.entrySet()) {
            datasets.add(dataset(e.getKey(), e.getValue(), colourOf(e.getKey(), i++)));
        }
        datasets.add(dataset(lineLabel, line, "#7c3aed")
                .add("type", "line")
                .add("yAxisID", "y2")
                .add("borderColor", "#7c3aed")
                .add("spanGaps", true));
        return config("bar", labels, datasets, scales(true, "runs", lineTitle))
                .build()
                .toString();
    }

    private static String colourOf(String label, int i) {
        return switch (label) {
            case "Failed" -> "#a4262c";
            case "Succeeded" -> "#1b7f3b";
            default -> COLOURS[i % COLOURS.length];
        };
    }

    private static JsonObjectBuilder dataset(String label, List<Long> values, String colour) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(v -> data.add(v == null ? JsonValue.NULL : Json.createValue(v))); // null: a gap
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }

    private static JsonObjectBuilder config(
            String type, List<String> labels, JsonArrayBuilder datasets, JsonObjectBuilder scales) {
        JsonArrayBuilder l = Json.createArrayBuilder();
        labels.forEach(l::add);
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", l).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("animation", false)
                                .add("scales", scales)
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add("position", "bottom"))));
    }

    private static JsonObjectBuilder scales(boolean stacked, String yTitle, String y2Title) {
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("x", Json.createObjectBuilder().add("stacked", stacked))
                .add(
                        "y",
                        Json.createObjectBuilder()
                                .add("stacked", stacked)
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0))
                                .add("title", title(yTitle)));
        if (y2Title != null) {
            scales.add(
                    "y2",
                    Json.createObjectBuilder()
                            .add("position", "right")
                            .add("beginAtZero", true)
                            .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false))
                            .add("title", title(y2Title)));
        }
        return scales;
    }

    private static JsonObjectBuilder title(String text) {
        return Json.createObjectBuilder().add("display", true).add("text", text);
    }
}
