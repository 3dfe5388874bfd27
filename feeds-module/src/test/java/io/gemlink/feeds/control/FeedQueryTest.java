package io.gemlink.feeds.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The index a full feed answer reads by on MySQL/MariaDB. */
class FeedQueryTest {

    @Test
    void onMySqlAFullAnswerReadsByAnIndexOfAccountAndIdThatTheSchemaCreates() throws IOException {
        Matcher hint = Pattern.compile("FORCE INDEX \\((\\w+)\\)").matcher(FeedQuery.allRowsOfAccount(true));
        assertThat(hint.find()).as("MariaDB is told which index to read by").isTrue();
        // MySQL refuses a statement naming an index the table lacks: renamed in a migration, every feed would fail
        String schema;
        try (InputStream in = FeedQuery.class.getResourceAsStream("/db/migration/V3__feeds.sql")) {
            assertThat(in)
                    .as("the migration that creates the product's feed indexes")
                    .isNotNull();
            schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(schema)
                .as("the hinted index is the product's (account_id, id), whose order the answer streams in")
                .containsPattern("CREATE INDEX " + hint.group(1) + " ON product \\(account_id, id\\)");
        assertThat(FeedQuery.allRowsOfAccount(false))
                .as("H2 takes that index for the ORDER BY by itself, and knows no FORCE INDEX")
                .isEqualTo("product p");
    }
}
