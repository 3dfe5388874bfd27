package io.gemlink.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.gemlink.platform.api.FieldError;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    @Test
    void refusesFiveThousandNestedBracketsQuicklyWithoutOverflowingTheStack() {
        for (String deep :
                new String[] {"[".repeat(5_000), "{\"a\":".repeat(5_000), "[".repeat(5_000) + "]".repeat(5_000)}) {
            MalformedInput refused = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> refusal(deep));
            assertThat(refused.errors()).containsExactly(new FieldError("body", "nests deeper than 32 levels"));
        }
    }

    @Test
    void takesNestingUpToTheLimit() {
        JsonValue deepest = parse("[".repeat(StrictJson.MAX_DEPTH) + "]".repeat(StrictJson.MAX_DEPTH));

        assertThat(deepest).isInstanceOf(JsonArray.class);
        assertThat(refusal("[".repeat(StrictJson.MAX_DEPTH + 1) + "]".repeat(StrictJson.MAX_DEPTH + 1))
                        .errors())
                .extracting(FieldError::field)
                .containsExactly("body");
    }

    @Test
    void refusesHugeExponentsNamingTheField() {
        assertThat(field("{\"pricing\":{\"markupPercent\":1E-4000000}}")).isEqualTo("pricing.markupPercent");
        assertThat(refusal("{\"pricing\":{\"markupPercent\":1E-4000000}}")
                        .errors()
                        .get(0)
                        .message())
                .contains("too many decimals");
        assertThat(field("{\"price\":1E+4000000}")).isEqualTo("price");
        assertThat(refusal("{\"price\":1E+4000000}").errors().get(0).message()).contains("too large");
        assertThat(field("{\"price\":-1e999999999}")).isEqualTo("price");
        assertThat(field("{\"price\":1e99999999999}")).isEqualTo("price");
    }

    @Test
    void refusesNumbersWithTooManyDigits() {
        assertThat(field("{\"lines\":[{\"quantity\":" + "9".repeat(400) + "}]}"))
                .isEqualTo("lines[0].quantity");
        assertThat(field("{\"lines\":[{\"quantity\":1},{\"quantity\":" + "9".repeat(20) + "}]}"))
                .isEqualTo("lines[1].quantity");
        assertThat(field("[{\"price\":0." + "0".repeat(400) + "1}]")).isEqualTo("[0].price");
        assertThat(field("{\"weight\":0.00000000001}")).isEqualTo("weight");
    }

    @Test
    void takesNumbersWithinTheLimitsAndNormalizesThem() {
        JsonObject o = parse("{\"a\":10.50,\"b\":1E+2,\"c\":0E-4000000,\"d\":-0.0000000001,\"e\":9223372036854775807,"
                        + "\"f\":1234567890123456789.0123456789}")
                .asJsonObject();

        assertThat(o.getJsonNumber("a").bigDecimalValue()).isEqualTo(new BigDecimal("10.5"));
        assertThat(o.getJsonNumber("b").bigDecimalValue()).isEqualTo(new BigDecimal("100"));
        assertThat(o.getJsonNumber("c").bigDecimalValue()).isEqualTo(BigDecimal.ZERO);
        assertThat(o.getJsonNumber("d").bigDecimalValue()).isEqualTo(new BigDecimal("-1E-10"));
        assertThat(o.getJsonNumber("e").longValueExact()).isEqualTo(Long.MAX_VALUE);
        assertThat(o.getJsonNumber("f").bigDecimalValue()).isEqualTo(new BigDecimal("1234567890123456789.0123456789"));
    }

    @Test
    void refusesTextLongerThanAnyFieldNamingIt() {
        String longest = "x".repeat(StrictJson.MAX_STRING_CHARS);

        assertThat(parse("{\"description\":\"" + longest + "\"}").asJsonObject().getString("description"))
                .hasSize(20_000);
        MalformedInput refused = refusal("{\"stones\":[{\"type\":\"" + longest + "x\"}]}");
        assertThat(refused.errors())
                .containsExactly(new FieldError("stones[0].type", "is longer than 20000 characters"));
        assertThat(field("{\"" + "k".repeat(257) + "\":1}")).isEqualTo("body");
    }

    @Test
    void refusesWhatIsNotJsonNamingTheBody() {
        for (String broken : new String[] {"{", "{\"a\":1,}", "{} {}", "nul", "{\"a\" 1}", "[1 2]", "'x'"}) {
            MalformedInput refused = refusal(broken);
            assertThat(refused.errors())
                    .as(broken)
                    .extracting(FieldError::field)
                    .containsExactly("body");
            assertThat(refused.errors().get(0).message()).as(broken).startsWith("is not valid JSON");
        }
        assertThat(refusal("").errors()).containsExactly(new FieldError("body", "is empty"));
        assertThat(refusal("  \n ").errors()).containsExactly(new FieldError("body", "is empty"));
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        byte[] latin1 = "{\"title\":\"Bagué\"}".getBytes(StandardCharsets.ISO_8859_1);

        MalformedInput refused = catchThrowableOfType(MalformedInput.class, () -> StrictJson.parse(latin1));

        assertThat(refused.errors()).containsExactly(new FieldError("body", "is not UTF-8 text"));
        assertThat(parse("\uFEFF{\"title\":\"Bagué\"}").asJsonObject().getString("title"))
                .isEqualTo("Bagué");
    }

    @Test
    void refusesMoreValuesThanTheLimit() {
        String many = "[" + "0,".repeat(StrictJson.MAX_VALUES) + "0]";

        assertThat(refusal(many).errors()).containsExactly(new FieldError("body", "holds more than 500000 values"));
    }

    @Test
    void readsAnyTypeAtTheTop() {
        assertThat(parse("null")).isEqualTo(JsonValue.NULL);
        assertThat(parse("\"x\"")).isInstanceOf(JsonString.class);
        assertThat(parse("[]")).isEqualTo(JsonValue.EMPTY_JSON_ARRAY);
        assertThat(parse("42").toString()).isEqualTo("42");
        assertThat(parse("{\"a\":[1,{\"b\":null}],\"c\":true}").toString())
                .isEqualTo("{\"a\":[1,{\"b\":null}],\"c\":true}");
    }

    @Test
    void refusesAStrayNumberWhereverItIs() {
        assertThatThrownBy(() -> StrictJson.number("1e2147483648", "x")).isInstanceOf(MalformedInput.class);
        assertThat(StrictJson.number("1.5000", "x")).isEqualTo(new BigDecimal("1.5"));
    }

    private static JsonValue parse(String json) {
        return StrictJson.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static MalformedInput refusal(String json) {
        MalformedInput refused = catchThrowableOfType(MalformedInput.class, () -> parse(json));
        assertThat(refused)
                .as("refused: " + (json.length() > 60 ? json.substring(0, 60) + "…" : json))
                .isNotNull();
        return refused;
    }

    private static String field(String json) {
        return refusal(json).errors().get(0).field();
    }
}
