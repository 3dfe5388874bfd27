package io.gemlink.linking.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gemlink.feeds.api.FeedFormat;
import io.gemlink.pricing.api.Markup;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Validating while downloading: the validation sees the whole body as it arrives, and fails with a broken one. */
class FeedIntakeTest {

    private static final RowMapper CHECKING = new RowMapper(new Pricing(Markup.NONE, 0), "USD").checking();
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void validatesTheBodyWhileItIsWrittenInPieces() throws Exception {
        FeedSpool spool;
        FeedIntake.Checked checked;
        try (FeedIntake intake = new FeedIntake(executor, CHECKING, 10)) {
            spool = intake.open("text/csv");
            try (OutputStream out = spool.out()) {
                out.write(bytes("sku,price,quantity,title\n"));
                for (int i = 0; i < 2_000; i++) {
                    out.write(bytes("R-" + i + "," + (i == 7 ? "oops" : "10.00") + ",1,Ring " + i + "\n"));
                    if (i % 500 == 0) {
                        Thread.sleep(5); // the validation catches up and waits for more
                    }
                }
            }
            checked = intake.checked();
        }

        assertThat(checked.format()).isEqualTo(FeedFormat.CSV);
        assertThat(checked.result().rows()).isEqualTo(2_000);
        assertThat(checked.result().valid()).isEqualTo(1_999);
        assertThat(checked.result().sample())
                .singleElement()
                .satisfies(r -> assertThat(r.row()).isEqualTo(8));
        assertThat(Files.readString(spool.file())).startsWith("sku,price").endsWith("Ring 1999\n");
        FeedClient.deleteQuietly(spool.file());
    }

    @Test
    void aBodyThatBreaksOffFailsTheValidationInsteadOfPassingForAShortFeed() throws Exception {
        try (FeedIntake intake = new FeedIntake(executor, CHECKING, 10)) {
            FeedSpool spool = intake.open(null);
            OutputStream out = spool.out();
            out.write(bytes("sku,price,quantity\nR-1,10.00,1\nR-2,10.00,1\n"));
            spool.fail(); // the download broke off here
            out.close();

            assertThatThrownBy(intake::checked).isInstanceOf(FeedException.class);
            FeedClient.deleteQuietly(spool.file());
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
