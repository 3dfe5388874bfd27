package io.gemlink.linking.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import io.gemlink.linking.entity.ImportSource;
import jakarta.persistence.NamedNativeQuery;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The claim statements exactly as {@link ImportClaims} runs them (read from {@link ImportSource}'s named
 * native queries), on an in-memory H2 in MySQL mode: a claim is refreshed and released only by the run
 * that holds it, so a run whose expired claim was taken over frees nothing; a vendor's change makes only
 * the sources not yet due due now, marked as brought by that change.
 */
class ClaimStatementsTest {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    private Connection db;

    @BeforeEach
    void open() throws SQLException {
        db = DriverManager.getConnection("jdbc:h2:mem:claims;MODE=MySQL;DATABASE_TO_LOWER=TRUE");
        db.createStatement()
                .execute("CREATE TABLE import_source (id BIGINT PRIMARY KEY, claimed_at DATETIME(6),"
                        + " claim_run_id BIGINT, vendor_account_id BIGINT, next_run_at DATETIME(6), paused TINYINT(1)"
                        + " DEFAULT 0,"
                        + " due_trigger VARCHAR(16))");
        db.createStatement().execute("INSERT INTO import_source (id) VALUES (1)");
    }

    @AfterEach
    void close() throws SQLException {
        db.createStatement().execute("DROP ALL OBJECTS");
        db.close();
    }

    @Test
    void onlyTheHolderRefreshesAndReleasesItsClaim() throws SQLException {
        assertThat(claim(T0, 101, T0.minusSeconds(1800))).isTrue();
        assertThat(claim(T0.plusSeconds(60), 102, T0.plusSeconds(60).minusSeconds(1800)))
                .as("held")
                .isFalse();

        assertThat(run(ImportSource.REFRESH, ts(T0.plusSeconds(600)), 1L, 101L)).isEqualTo(1);
        assertThat(claimedAt()).isEqualTo(ts(T0.plusSeconds(600)));
        Instant later = T0.plusSeconds(2000); // 1,400 s after the refresh: still within a 1,800 s expiry
        assertThat(claim(later, 102, later.minusSeconds(1800)))
                .as("a refreshed claim has not expired")
                .isFalse();

        Instant muchLater = T0.plusSeconds(2500); // no refresh for 1,900 s: expired, run 102 takes over
        assertThat(claim(muchLater, 102, muchLater.minusSeconds(1800))).isTrue();
        assertThat(run(ImportSource.REFRESH, ts(muchLater), 1L, 101L))
                .as("101 has lost its claim")
                .isZero();
        assertThat(run(ImportSource.RELEASE, 1L, 101L)).as("101 frees nothing").isZero();
        assertThat(holder()).isEqualTo(102L);
        assertThat(claimedAt()).isNotNull();

        assertThat(run(ImportSource.RELEASE, 1L, 102L)).isEqualTo(1);
        assertThat(holder()).isNull();
        assertThat(claimedAt()).isNull();
        assertThat(claim(muchLater, 103, muchLater.minusSeconds(1800)))
                .as("free again")
                .isTrue();
    }

    @Test
    void aVendorsChangeMakesItsSourcesDueNowMarkedAsItsOwnTrigger() throws SQLException {
        db.createStatement()
                .execute("INSERT INTO import_source (id, vendor_account_id, next_run_at, paused) VALUES"
                        + " (2, 7, TIMESTAMP '2026-11-27 11:00:00', 0)," // due in an hour: made due by the change
                        + " (3, 7, TIMESTAMP '2026-11-27 09:00:00', 0)," // due already by its schedule: left as it is
                        + " (4, 7, TIMESTAMP '2026-11-27 11:00:00', 1)," // paused by the user
                        + " (5, 8, TIMESTAMP '2026-11-27 11:00:00', 0)"); // another vendor's

        assertThat(run(ImportSource.DUE_NOW_FOR_VENDOR, ts(T0), 7L, ts(T0))).isEqualTo(1);

        try (ResultSet r = db.createStatement()
                .executeQuery("SELECT id, next_run_at, due_trigger FROM import_source WHERE id > 1 ORDER BY id")) {
            StringBuilder rows = new StringBuilder();
            while (r.next()) {
                rows.append(r.getLong(1))
                        .append(' ')
                        .append(r.getTimestamp(2))
                        .append(' ')
                        .append(r.getString(3))
                        .append('\n');
            }
            assertThat(rows.toString()).isEqualTo("""
                    2 %s VENDOR_CHANGE
                    3 2026-11-27 09:00:00.0 null
                    4 2026-11-27 11:00:00.0 null
                    5 2026-11-27 11:00:00.0 null
                    """.formatted(ts(T0)));
        }
    }

    @Test
    void aSourceWhoseSlotsWereMissedIsDueOnceAndNotAgainAfterItsClaim() throws SQLException {
        db.createStatement()
                .execute("UPDATE import_source SET next_run_at = TIMESTAMP '2026-11-27 05:00:00' WHERE id = 1");
        db.createStatement()
                .execute("INSERT INTO import_source (id, next_run_at) VALUES (2, TIMESTAMP '2026-11-27 11:00:00')");

        assertThat(due(T0)).as("seven hourly slots missed: listed once").containsExactly(1L);
        assertThat(claim(T0, 101, T0.minusSeconds(300))).isTrue();
        assertThat(due(T0.plusSeconds(1)))
                .as("claimed: not due to another sweep")
                .isEmpty();
        // as ImportClaims#claim: the next run one interval after this one's start
        try (PreparedStatement next = db.prepareStatement("UPDATE import_source SET next_run_at = ? WHERE id = 1")) {
            next.setTimestamp(1, ts(io.gemlink.linking.control.Schedule.nextAfter(T0, 60)));
            next.executeUpdate();
        }
        run(ImportSource.RELEASE, 1L, 101L);
        assertThat(due(T0.plusSeconds(3599))).isEmpty();
        assertThat(due(T0.plusSeconds(3600))).containsExactlyInAnyOrder(1L, 2L);
    }

    private java.util.List<Long> due(Instant now) throws SQLException {
        String sql = Arrays.stream(ImportSource.class.getAnnotationsByType(NamedNativeQuery.class))
                .filter(q -> q.name().equals(ImportSource.DUE))
                .findFirst()
                .orElseThrow()
                .query();
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setTimestamp(1, ts(now));
            statement.setTimestamp(2, ts(now.minusSeconds(300)));
            java.util.List<Long> ids = new java.util.ArrayList<>();
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
            return ids;
        }
    }

    @Test
    void aTimersClaimTakesOnlyASourceStillDueSoASlotRunOnceByAnotherInstanceIsNotRunAgain() throws SQLException {
        db.createStatement().execute("UPDATE import_source SET next_run_at = '2026-11-27 10:00:00'");
        Instant expiredBefore = T0.minusSeconds(300);
        // instance A's timer claims the due source, its run ends at once: released, due again a slot later
        assertThat(run(ImportSource.CLAIM_DUE, ts(T0), 1L, ts(expiredBefore), ts(T0)))
                .isEqualTo(1);
        run(ImportSource.HOLD, 101L, 1L);
        db.createStatement().execute("UPDATE import_source SET next_run_at = '2026-11-27 10:01:00'");
        assertThat(run(ImportSource.RELEASE, 1L, 101L)).isEqualTo(1);

        // instance B listed it as due at the same tick and claims it a moment later
        Instant later = T0.plusSeconds(2);
        assertThat(run(ImportSource.CLAIM_DUE, ts(later), 1L, ts(later.minusSeconds(300)), ts(later)))
                .as("not due any more: no second run in the slot")
                .isZero();
        assertThat(run(ImportSource.CLAIM, ts(later), 1L, ts(later.minusSeconds(300))))
                .as("a run asked for by hand is not bound to the schedule")
                .isEqualTo(1);
    }

    /** As {@link ImportClaims#claim}: CLAIM, then HOLD with the new run's id in the same transaction. */
    private boolean claim(Instant now, long runId, Instant expiredBefore) throws SQLException {
        if (run(ImportSource.CLAIM, ts(now), 1L, ts(expiredBefore)) == 0) {
            return false;
        }
        return run(ImportSource.HOLD, runId, 1L) == 1;
    }

    private int run(String name, Object... parameters) throws SQLException {
        String sql = Arrays.stream(ImportSource.class.getAnnotationsByType(NamedNativeQuery.class))
                .filter(q -> q.name().equals(name))
                .findFirst()
                .orElseThrow()
                .query();
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    private Long holder() throws SQLException {
        try (ResultSet r = db.createStatement().executeQuery("SELECT claim_run_id FROM import_source WHERE id = 1")) {
            r.next();
            long id = r.getLong(1);
            return r.wasNull() ? null : id;
        }
    }

    private Timestamp claimedAt() throws SQLException {
        try (ResultSet r = db.createStatement().executeQuery("SELECT claimed_at FROM import_source WHERE id = 1")) {
            r.next();
            return r.getTimestamp(1);
        }
    }

    private static Timestamp ts(Instant instant) {
        return ImportSource.utc(instant);
    }
}
