package io.gemlink.linking.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gemlink.feeds.api.FeedFormat;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedReadersTest {

    private static final String CSV = """
            sku,price,quantity,updatedAt,removed,title,images,tags,stones
            R-1,100.00,4,2026-11-26T10:00:00Z,,"Solitaire ring, 14K",https://x/1.jpg|https://x/2.jpg,bridal|gold,\
            "[{""type"":""DIAMOND"",""count"":1}]"
            R-2,50,1,2026-11-26T10:00:00Z,true,,,,
            R-3,oops
            """;

    private static final String JSON = """
            {"vendor": "VG-100001", "generatedAt": "2026-11-27T01:00:00Z", "extra": {"a": [1]},
             "products": [
               {"sku": "R-1", "price": 100.00, "quantity": 4, "updatedAt": "2026-11-26T10:00:00Z",
                "title": "Solitaire ring, 14K", "stones": [{"type": "DIAMOND", "count": 1}],
                "images": ["https://x/1.jpg", "https://x/2.jpg"], "tags": ["bridal", "gold"]},
               {"sku": "R-2", "removed": true, "updatedAt": "2026-11-27T00:59:00Z"},
               {"sku": "R-3", "price": {"nested": 1}, "quantity": 1}
             ]}
            """;

    private static final String XML = """
            <feed vendor="VG-100001" generatedAt="2026-11-27T01:00:00Z">
              <product>
                <sku>R-1</sku><price>100.00</price><quantity>4</quantity><updatedAt>2026-11-26T10:00:00Z</updatedAt>
                <title>Solitaire ring, 14K</title>
                <stones><stone><type>DIAMOND</type><count>1</count></stone></stones>
                <images><image>https://x/1.jpg</image><image>https://x/2.jpg</image></images>
                <tags><tag>bridal</tag><tag>gold</tag></tags>
              </product>
              <product removed="true"><sku>R-2</sku><updatedAt>2026-11-27T00:59:00Z</updatedAt></product>
              <item><sku>R-3</sku></item>
            </feed>
            """;

    @Test
    void aCellNeutralisedAgainstSpreadsheetFormulasArrivesAsTheVendorWroteIt() throws Exception {
        String csv = "sku,price,quantity,updatedAt,removed,title,brand\n"
                + "'-R-9,10,1,2026-11-26T10:00:00Z,,'=1+2,'It's mine\n";
        RawRow row = read(FeedFormat.CSV, csv).get(0);

        assertThat(row.get("sku")).isEqualTo("-R-9");
        assertThat(row.get("title")).isEqualTo("=1+2");
        assertThat(row.get("brand"))
                .as("an apostrophe before anything else is the vendor's own")
                .isEqualTo("'It's mine");
    }

    @Test
    void allThreeFormatsGiveTheSameRows() throws Exception {
        for (var feed : List.of(new Object[] {FeedFormat.CSV, CSV}, new Object[] {FeedFormat.JSON, JSON}, new Object[] {
            FeedFormat.XML, XML
        })) {
            List<RawRow> rows = read((FeedFormat) feed[0], (String) feed[1]);

            assertThat(rows).as(feed[0].toString()).hasSize(3);
            RawRow first = rows.get(0);
            assertThat(first.get("sku")).isEqualTo("R-1");
            assertThat(new BigDecimal(first.get("price"))).isEqualByComparingTo("100");
            assertThat(first.get("title")).isEqualTo("Solitaire ring, 14K");
            assertThat(first.images()).containsExactly("https://x/1.jpg", "https://x/2.jpg");
            assertThat(first.tags()).containsExactly("bridal", "gold");
            assertThat(first.stonesJson()).contains("DIAMOND");
            assertThat(rows.get(1).removed()).isTrue();
            assertThat(rows.get(2).row()).isEqualTo(3);
            assertThat(rows.get(2).malformed())
                    .as(feed[0] + " third row is malformed")
                    .isNotNull();
        }
    }

    @Test
    void jsonAndXmlNameTheirVendor() throws Exception {
        assertThat(FeedReader.of(FeedFormat.JSON).read(in(JSON), r -> {})).isEqualTo("VG-100001");
        assertThat(FeedReader.of(FeedFormat.XML).read(in(XML), r -> {})).isEqualTo("VG-100001");
    }

    @Test
    void truncatedJsonAndXmlAreFeedErrors() {
        assertThatThrownBy(() -> read(FeedFormat.JSON, JSON.substring(0, JSON.length() / 2)))
                .isInstanceOf(FeedException.class);
        assertThatThrownBy(() -> read(FeedFormat.XML, XML.substring(0, XML.length() / 2)))
                .isInstanceOf(FeedException.class);
    }

    @Test
    void csvWithoutSkuColumnOrWithBrokenQuotingIsAFeedError() {
        assertThatThrownBy(() -> read(FeedFormat.CSV, "code,price,quantity\nA,1,1\n"))
                .isInstanceOf(FeedException.class)
                .hasMessageContaining("sku");
        assertThatThrownBy(() -> read(FeedFormat.CSV, "sku,price,quantity\n\"A,1,1\n"))
                .isInstanceOf(FeedException.class);
    }

    @Test
    void formatIsRecognisedByContentTypeElseByTheFirstCharacter() {
        assertThat(FeedFormat.detect("text/csv; charset=UTF-8", '{')).isEqualTo(FeedFormat.CSV);
        assertThat(FeedFormat.detect("application/json", 's')).isEqualTo(FeedFormat.JSON);
        assertThat(FeedFormat.detect(null, '<')).isEqualTo(FeedFormat.XML);
        assertThat(FeedFormat.detect("application/octet-stream", 's')).isEqualTo(FeedFormat.CSV);
    }

    private static List<RawRow> read(FeedFormat format, String body) throws FeedException {
        List<RawRow> rows = new ArrayList<>();
        FeedReader.of(format).read(in(body), rows::add);
        return rows;
    }

    private static ByteArrayInputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
