package io.gemlink.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The demo catalog names only pictures that the WAR serves, at the demo's own base URL. */
class DemoCatalogPicturesTest {

    private static final Path PICTURES = Path.of("src/main/webapp/demo/images");

    @Test
    void everyPictureOfTheDemoCatalogIsInTheWarAndNoneIsFetchedFromOutside() throws IOException {
        String csv;
        try (InputStream in = DemoNetwork.class.getResourceAsStream("valentina-gold-catalog.csv")) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("\\{demo}/demo/images/([a-z0-9-]+\\.svg)").matcher(csv);
        List<String> named = m.results().map(r -> r.group(1)).distinct().toList();

        assertThat(named).hasSizeGreaterThan(20);
        assertThat(named).allSatisfy(name -> assertThat(PICTURES.resolve(name)).isRegularFile());
        assertThat(csv).as("no picture from a host the demo may not reach").doesNotContain("https://");
        assertThat(Files.readString(PICTURES.resolve(named.get(0)))).startsWith("<svg");
    }
}
