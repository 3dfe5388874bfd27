package io.gemlink.linking.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.gemlink.catalog.api.LinkedProductData;
import io.gemlink.feeds.api.FeedFormat;
import io.gemlink.pricing.api.Markup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A changes-only answer: valid rows go on, removed rows are collected for the missing-products rule. */
class FeedScanTest {

    private static final RowMapper MAPPER = new RowMapper(new Pricing(Markup.NONE, 0), "USD");

    @TempDir
    Path dir;

    @Test
    void removedRowsAreCollectedAndARowOfTheSameSkuWins() throws Exception {
        Path body = Files.writeString(dir.resolve("since.csv"), """
                sku,price,quantity,updatedAt,removed,title
                R-1,100.00,4,2026-11-26T10:00:00Z,,Solitaire ring
                R-2,,,2026-11-27T00:59:00Z,true,
                R-3,,,2026-11-27T00:59:00Z,true,
                R-3,80.00,2,2026-11-27T01:00:00Z,,Band created again
                """);
        List<LinkedProductData> valid = new ArrayList<>();

        FeedScan.Result result = FeedScan.scan(body, FeedFormat.CSV, MAPPER, 10, valid::add);

        assertThat(result.rows()).isEqualTo(4);
        assertThat(valid).extracting(LinkedProductData::vendorSku).containsExactly("R-1", "R-3");
        assertThat(result.removedSkus()).containsExactly("R-2");
        assertThat(result.rejected()).isZero();
    }

    @Test
    void theCheckingPassValidatesAlikeButHashesNothing() throws Exception {
        Path body = Files.writeString(dir.resolve("full.csv"), """
                sku,price,quantity,updatedAt,removed,title
                R-1,100.00,4,2026-11-26T10:00:00Z,,Solitaire ring
                R-2,oops,1,2026-11-26T10:00:00Z,,Broken price
                """);
        List<LinkedProductData> checked = new ArrayList<>();
        List<LinkedProductData> mapped = new ArrayList<>();

        FeedScan.Result first = FeedScan.scan(body, FeedFormat.CSV, MAPPER.checking(), 10, checked::add);
        FeedScan.Result second = FeedScan.scan(body, FeedFormat.CSV, MAPPER, 10, mapped::add);

        assertThat(first.valid()).isEqualTo(second.valid()).isEqualTo(1);
        assertThat(first.sample()).isEqualTo(second.sample());
        assertThat(checked.get(0).hash()).isNull();
        assertThat(mapped.get(0).hash()).hasSize(64);
    }

    @Test
    void theWritingPassRefusesTheSameRepeatsByTheChecksRecordAndBuildsNoRecordOfItsOwn() throws Exception {
        Path body = Files.writeString(dir.resolve("repeats.csv"), """
                sku,price,quantity,updatedAt,removed,title
                R-1,100.00,4,2026-11-26T10:00:00Z,,Solitaire ring
                R-2,oops,1,2026-11-26T10:00:00Z,,Broken price
                R-1,90.00,3,2026-11-26T10:00:00Z,,The same ring again
                R-2,50.00,1,2026-11-26T10:00:00Z,,The band valid this time
                R-2,55.00,1,2026-11-26T10:00:00Z,,The band once more
                """);
        List<LinkedProductData> checked = new ArrayList<>();
        List<LinkedProductData> written = new ArrayList<>();

        FeedScan.Result check = FeedScan.scan(body, FeedFormat.CSV, MAPPER.checking(), 10, checked::add);
        FeedScan.Result again = FeedScan.scanAgain(body, FeedFormat.CSV, MAPPER, check, written::add);

        assertThat(check.valid()).isEqualTo(again.valid()).isEqualTo(2);
        assertThat(written).extracting(LinkedProductData::row).containsExactly(1, 4);
        assertThat(written)
                .extracting(LinkedProductData::row)
                .containsExactlyElementsOf(
                        checked.stream().map(LinkedProductData::row).toList());
        assertThat(check.firstRows()).containsOnly(entry("R-1", 1), entry("R-2", 4));
        assertThat(again.firstRows()).as("no map of its own").isSameAs(check.firstRows());
    }

    @Test
    void aFailureOfTheConsumerIsItsOwnNotAnUnreadableFeed() throws Exception {
        Path body = Files.writeString(dir.resolve("feed.xml"), """
                <feed vendor="VG-100001">
                  <product><sku>R-1</sku><price>10</price><quantity>1</quantity></product>
                  <product><sku>R-2</sku><price>10</price><quantity>1</quantity></product>
                </feed>
                """);
        IllegalStateException dbDown = new IllegalStateException("could not create linked products: connection lost");
        List<String> seen = new ArrayList<>();

        assertThatThrownBy(() -> FeedScan.scan(body, FeedFormat.XML, MAPPER, 10, row -> {
                    seen.add(row.vendorSku());
                    throw dbDown;
                }))
                .isSameAs(dbDown);
        assertThat(seen).as("nothing handed on after the failure").containsExactly("R-1");
    }
}
