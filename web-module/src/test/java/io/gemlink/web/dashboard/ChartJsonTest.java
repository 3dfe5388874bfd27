package io.gemlink.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartJsonTest {

    @Test
    void severalSeriesAreStackedBarsInTheirOrder() {
        Map<String, List<Long>> series = new LinkedHashMap<>();
        series.put("Shopify", List.of(1L, 0L));
        series.put("Etsy", List.of(0L, 2L));

        JsonObject config = parse(ChartJson.bars(List.of("Nov 30", "Dec 1"), series, "orders"));

        assertThat(config.getString("type")).isEqualTo("bar");
        var datasets = config.getJsonObject("data").getJsonArray("datasets");
        assertThat(datasets.getJsonObject(0).getString("label")).isEqualTo("Shopify");
        assertThat(datasets.getJsonObject(1)
                        .getJsonArray("data")
                        .getJsonNumber(1)
                        .longValue())
                .isEqualTo(2);
        assertThat(config.getJsonObject("options")
                        .getJsonObject("scales")
                        .getJsonObject("y")
                        .getBoolean("stacked"))
                .isTrue();
    }

    @Test
    void durationsAreALineOnTheirOwnAxisAndADayWithoutRunsIsAGap() {
        Map<String, List<Long>> counts = new LinkedHashMap<>();
        counts.put("Succeeded", List.of(3L, 0L));
        counts.put("Failed", List.of(1L, 0L));
        java.util.ArrayList<Long> seconds = new java.util.ArrayList<>();
        seconds.add(4L);
        seconds.add(null);

        JsonObject config = parse(ChartJson.barsWithLine(List.of("a", "b"), counts, "Mean", seconds, "seconds"));

        JsonObject line = config.getJsonObject("data").getJsonArray("datasets").getJsonObject(2);
        assertThat(line.getString("type")).isEqualTo("line");
        assertThat(line.getString("yAxisID")).isEqualTo("y2");
        assertThat(line.getJsonArray("data").isNull(1)).isTrue();
        assertThat(config.getJsonObject("options").getJsonObject("scales").containsKey("y2"))
                .isTrue();
    }

    @Test
    void lastDaysEndToday() {
        List<LocalDate> days = ChartJson.lastDays(LocalDate.of(2026, 12, 1), 30);
        assertThat(days).hasSize(30).endsWith(LocalDate.of(2026, 12, 1)).startsWith(LocalDate.of(2026, 11, 2));
        assertThat(ChartJson.dayLabels(days)).endsWith("Dec 1");
    }

    @Test
    void theNextStepIsTheFirstNotDone() {
        Step a = new Step("a", "A", "", true, "/a", "A");
        Step b = new Step("b", "B", "", false, "/b", "B");
        Step c = new Step("c", "C", "", false, "/c", "C");
        Checklist list = new Checklist(List.of(a, b, c));

        assertThat(list.next()).isEqualTo(b);
        assertThat(list.isNext(c)).isFalse();
        assertThat(list.done()).isEqualTo(1);
        assertThat(list.complete()).isFalse();
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
