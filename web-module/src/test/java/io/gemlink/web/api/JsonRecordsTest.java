package io.gemlink.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gemlink.platform.api.FieldError;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRecordsTest {

    enum Kind {
        RING,
        PENDANT
    }

    record Line(String sku, Integer quantity, BigDecimal unitPrice) {}

    record Order(String channel, Boolean rush, Long reference, Kind kind, List<Line> lines, List<String> tags) {}

    @Test
    void readsNestedRecordsListsAndEnums() {
        Order order = read("""
                {"channel":"API","rush":true,"reference":9007199254740993,"kind":"ring",
                 "lines":[{"sku":"R-1","quantity":2,"unitPrice":19.90}],"tags":["a",null],"unknown":{"x":[1]}}""");

        assertThat(order.channel()).isEqualTo("API");
        assertThat(order.rush()).isTrue();
        assertThat(order.reference()).isEqualTo(9007199254740993L);
        assertThat(order.kind()).isEqualTo(Kind.RING);
        assertThat(order.lines()).containsExactly(new Line("R-1", 2, new BigDecimal("19.9")));
        assertThat(order.tags()).containsExactly("a", null);
    }

    @Test
    void absentAndNullAreNull() {
        assertThat(read("{\"channel\":null}")).isEqualTo(new Order(null, null, null, null, null, null));
    }

    @Test
    void refusesEveryValueOfTheWrongTypeNamingItsPath() {
        MalformedInput refused = refusal("""
                {"channel":12,"rush":"yes","reference":1.5,"kind":"TIARA",
                 "lines":[{"quantity":1},{"sku":["x"],"quantity":"two","unitPrice":"cheap"}],"tags":"a"}""");

        assertThat(refused.errors())
                .extracting(FieldError::field)
                .containsExactly(
                        "channel",
                        "rush",
                        "reference",
                        "kind",
                        "lines[1].sku",
                        "lines[1].quantity",
                        "lines[1].unitPrice",
                        "tags");
        assertThat(refused.errors())
                .contains(
                        new FieldError("rush", "must be true or false"), new FieldError("channel", "must be a string"));
    }

    @Test
    void refusesWholeNumbersBeyondTheirType() {
        assertThat(refusal("{\"lines\":[{\"quantity\":2147483648}]}").errors())
                .containsExactly(
                        new FieldError("lines[0].quantity", "must be a whole number from -2147483648 to 2147483647"));
        assertThat(refusal("{\"lines\":[{\"quantity\":2.5}]}").errors())
                .extracting(FieldError::field)
                .containsExactly("lines[0].quantity");
        assertThat(refusal("{\"reference\":9999999999999999999}").errors())
                .extracting(FieldError::field)
                .containsExactly("reference");
        assertThat(read("{\"lines\":[{\"quantity\":3.000}]}").lines().get(0).quantity())
                .isEqualTo(3);
    }

    @Test
    void refusesAnObjectWhereAListBelongsAndTheReverse() {
        assertThat(refusal("{\"lines\":{\"sku\":\"x\"}}").errors())
                .containsExactly(new FieldError("lines", "must be an array"));
        assertThat(refusal("{\"lines\":[\"x\"]}").errors())
                .containsExactly(new FieldError("lines[0]", "must be an object"));
    }

    @Test
    void theBodyMustHaveTheShapeTheRouteTakes() {
        assertThat(bodyRefusal("[]", Order.class))
                .containsExactly(new FieldError("body", "must be a JSON object, not an array"));
        assertThat(bodyRefusal("null", Order.class))
                .containsExactly(new FieldError("body", "must be a JSON object, not null"));
        assertThat(bodyRefusal("\"x\"", JsonObject.class))
                .containsExactly(new FieldError("body", "must be a JSON object, not a string"));
        assertThat(bodyRefusal("{}", jakarta.json.JsonArray.class))
                .containsExactly(new FieldError("body", "must be a JSON array, not an object"));
        assertThat(JsonBody.read(utf8("[1]"), jakarta.json.JsonValue.class).toString())
                .isEqualTo("[1]");
        assertThat(JsonBody.read(utf8("{\"channel\":\"API\"}"), Order.class)).isInstanceOf(Order.class);
    }

    private static Order read(String json) {
        return JsonRecords.read(StrictJson.parse(utf8(json)).asJsonObject(), Order.class);
    }

    private static MalformedInput refusal(String json) {
        MalformedInput refused = catchThrowableOfType(MalformedInput.class, () -> read(json));
        assertThat(refused).as(json).isNotNull();
        return refused;
    }

    private static List<FieldError> bodyRefusal(String json, Class<?> type) {
        MalformedInput refused = catchThrowableOfType(MalformedInput.class, () -> JsonBody.read(utf8(json), type));
        assertThat(refused).as(json).isNotNull();
        return refused.errors();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
