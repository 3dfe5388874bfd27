package io.gemlink.tracking.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.gemlink.tracking.api.BulkJobView;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkReportTest {

    @Test
    void anInterruptedJobSaysAfterWhichRowAndWhatToUploadAgain() {
        assertThat(BulkReport.interrupted(401, 390, 5, 5))
                .isEqualTo("The server stopped after row 401: rows up to 401 "
                        + "were applied (390 applied, 5 unchanged, 5 rejected); upload the rows after 401 again.");
    }

    @Test
    void aJobInterruptedBeforeItsFirstBatchSaysNothingWasApplied() {
        assertThat(BulkReport.interrupted(0, 0, 0, 0)).contains("nothing was applied", "upload the file again");
    }

    @Test
    void aStoppedJobGivesItsReasonThenWhatIsStored() {
        assertThat(BulkReport.stopped("The CSV file breaks off.", 201, 200, 0, 0))
                .isEqualTo(
                        "The CSV file breaks off. Rows up to 201 were applied (200 applied, 0 unchanged, 0 rejected); "
                                + "upload the rows after 201 again.");
        assertThat(BulkReport.stopped("The header row lacks the column carrier.", 0, 0, 0, 0))
                .isEqualTo("The header row lacks the column carrier.");
    }

    @Test
    void progressReachesAHundredOnlyOnceTheJobHasEnded() {
        assertThat(view("RUNNING", 1000, 999).percent()).isEqualTo(99);
        assertThat(view("RUNNING", null, 500).percent()).isZero();
        assertThat(view("INTERRUPTED", 1000, 400).percent()).isEqualTo(100);
        assertThat(view("FINISHED", 1000, 1000).finished()).isTrue();
    }

    private static BulkJobView view(String status, Integer total, int done) {
        return new BulkJobView(
                "id",
                "SCREEN",
                status,
                "f.csv",
                total,
                done,
                done,
                0,
                0,
                0,
                null,
                Instant.now(),
                Instant.now(),
                null,
                List.of(),
                List.of());
    }
}
