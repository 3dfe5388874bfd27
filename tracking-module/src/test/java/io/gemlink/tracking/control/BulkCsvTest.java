package io.gemlink.tracking.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gemlink.platform.api.BadInputException;
import io.gemlink.tracking.api.BulkRow;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkCsvTest {

    @Test
    void readsRowsNumberedFromTheHeaderAsRowOne() {
        List<BulkRow> rows = read("""
                orderNumber,carrier,trackingNumber,sendDate,extendedField1
                100001,UPS,1Z999AA10123456784,2026-11-27,"gift, wrapped"

                100002,OTHER,abc,2026-11-27,
                """);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0))
                .isEqualTo(new BulkRow(2, "100001", "UPS", "1Z999AA10123456784", "2026-11-27", "gift, wrapped"));
        assertThat(rows.get(1).extendedField1()).isNull();
        assertThat(rows.get(1).row()).isGreaterThan(2);
    }

    @Test
    void extendedFieldColumnAndHeaderCaseAreOptional() {
        List<BulkRow> rows =
                read("ordernumber,CARRIER,trackingnumber,senddate\n100003,USPS,EE123456785US,2026-11-27\n");
        assertThat(rows).containsExactly(new BulkRow(2, "100003", "USPS", "EE123456785US", "2026-11-27", null));
    }

    @Test
    void aShortRowLeavesItsMissingCellsEmpty() {
        assertThat(read("orderNumber,carrier,trackingNumber,sendDate\n100004,UPS\n")
                        .get(0))
                .isEqualTo(new BulkRow(2, "100004", "UPS", null, null, null));
    }

    @Test
    void refusesAHeaderWithoutARequiredColumn() {
        assertThatThrownBy(() -> read("orderNumber,carrier,sendDate\n1,UPS,2026-11-27\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("trackingNumber");
    }

    private static List<BulkRow> read(String csv) {
        List<BulkRow> rows = new ArrayList<>();
        BulkCsv.rows(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))
                .forEachRemaining(rows::add);
        return rows;
    }
}
