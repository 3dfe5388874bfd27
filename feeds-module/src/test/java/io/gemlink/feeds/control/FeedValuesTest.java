package io.gemlink.feeds.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Stored image lists (JSON arrays of texts, as the catalog writes them) read by the feeds' streaming reader. */
class FeedValuesTest {

    @Test
    void imageListsReadWithTheirEscapesAndInOrder() {
        assertThat(FeedValues.strings("[]")).isEmpty();
        assertThat(FeedValues.strings(" ")).isEmpty();
        assertThat(FeedValues.strings("[\"https://cdn.example/a.jpg\"]")).containsExactly("https://cdn.example/a.jpg");
        assertThat(FeedValues.strings("[\"https://cdn.example/a.jpg\", \"https://cdn.example/b|c.jpg\"]"))
                .containsExactly("https://cdn.example/a.jpg", "https://cdn.example/b|c.jpg");
        assertThat(FeedValues.strings("[\"quote \\\" and \\u00e9 and \\\\ back\"]"))
                .containsExactly("quote \" and \u00e9 and \\ back");
    }
}
