package io.gemlink.web.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * The web module's one JSON reader (JAX-RS bodies and the Shopify webhook): JSON-P's streaming parser under
 * limits, building the tree with its own stack, so that no input can nest it into a stack overflow, hold a
 * number whose digits take minutes to expand, or a text longer than any field. What it refuses is a
 * {@link MalformedInput} naming where ({@code pricing.markupPercent}, {@code lines[0].quantity}, or
 * {@code body}). Numbers come out normalized: trailing zeros dropped, whole numbers without an exponent.
 */
public final class StrictJson {

    public static final int MAX_DEPTH = 32;
    /** Above the longest text field (a product's description, 16,000 characters). */
    public static final int MAX_STRING_CHARS = 20_000;

    public static final int MAX_NAME_CHARS = 256;
    /** A long fits; no price, weight or count of the API comes near. */
    public static final int MAX_INTEGER_DIGITS = 19;

    public static final int MAX_FRACTION_DIGITS = 10;
    public static final int MAX_VALUES = 500_000;
    private static final int MAX_NUMBER_CHARS = 100;
    private static final JsonProvider JSON = JsonProvider.provider();

    private StrictJson() {}

    /** One JSON text, UTF-8, of any type (the caller checks the type it needs). */
    public static JsonValue parse(byte[] utf8) {
        String text = decode(utf8);
        if (text.isBlank()) {
            throw new MalformedInput("body", "is empty");
        }
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            return read(parser);
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw new MalformedInput(
                    "body",
                    at == null
                            ? "is not valid JSON"
                            : "is not valid JSON (line " + at.getLineNumber() + ", column " + at.getColumnNumber()
                                    + ")");
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw new MalformedInput("body", "is not valid JSON");
        }
    }

    /** A JSON number's text, checked and normalized; {@code field} names it in the refusal. */
    public static BigDecimal number(String text, String field) {
        BigDecimal n;
        try {
            if (text.length() > MAX_NUMBER_CHARS) {
                throw new NumberFormatException();
            }
            n = new BigDecimal(text).stripTrailingZeros();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new MalformedInput(
                    field,
                    "is not a number this API takes: at most " + MAX_INTEGER_DIGITS
                            + " digits before the decimal point and " + MAX_FRACTION_DIGITS + " after");
        }
        if (n.precision() - n.scale() > MAX_INTEGER_DIGITS) {
            throw new MalformedInput(
                    field, "is too large: at most " + MAX_INTEGER_DIGITS + " digits before the decimal point");
        }
        if (n.scale() > MAX_FRACTION_DIGITS) {
            throw new MalformedInput(field, "has too many decimals: at most " + MAX_FRACTION_DIGITS);
        }
        return n.scale() < 0 ? n.setScale(0) : n;
    }

    private static String decode(byte[] bytes) {
        boolean bom =
                bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        int start = bom ? 3 : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MalformedInput("body", "is not UTF-8 text");
        }
    }

    private static JsonValue read(JsonParser parser) {
        Deque<Frame> open = new ArrayDeque<>();
        JsonValue result = null;
        int values = 0;
        while (parser.hasNext()) {
            JsonParser.Event event = parser.next();
            if (event == JsonParser.Event.KEY_NAME) {
                String name = parser.getString();
                if (name.length() > MAX_NAME_CHARS) {
                    throw new MalformedInput(
                            where(open), "has a property name longer than " + MAX_NAME_CHARS + " characters");
                }
                open.peek().key = name;
                continue;
            }
            if (open.isEmpty() && result != null) {
                throw new MalformedInput("body", "is not valid JSON: more than one value");
            }
            if (++values > MAX_VALUES) {
                throw new MalformedInput("body", "holds more than " + MAX_VALUES + " values");
            }
            JsonValue value = switch (event) {
                case START_OBJECT, START_ARRAY -> {
                    if (open.size() >= MAX_DEPTH) {
                        throw new MalformedInput("body", "nests deeper than " + MAX_DEPTH + " levels");
                    }
                    open.push(new Frame(event == JsonParser.Event.START_OBJECT));
                    yield null;
                }
                case END_OBJECT, END_ARRAY -> {
                    values--; // the container was counted when it opened
                    yield open.pop().build();
                }
                case VALUE_STRING -> {
                    String s = parser.getString();
                    if (s.length() > MAX_STRING_CHARS) {
                        throw new MalformedInput(where(open), "is longer than " + MAX_STRING_CHARS + " characters");
                    }
                    yield JSON.createValue(s);
                }
                case VALUE_NUMBER -> JSON.createValue(number(parser.getString(), where(open)));
                case VALUE_TRUE -> JsonValue.TRUE;
                case VALUE_FALSE -> JsonValue.FALSE;
                case VALUE_NULL -> JsonValue.NULL;
                default -> throw new MalformedInput("body", "is not valid JSON");
            };
            if (value == null) {
                continue;
            }
            if (open.isEmpty()) {
                result = value;
            } else {
                open.peek().add(value);
            }
        }
        if (result == null) {
            throw new MalformedInput("body", "is not valid JSON");
        }
        return result;
    }

    /** Where the parser is, as partners name fields: {@code lines[0].quantity}; {@code body} at the top. */
    private static String where(Deque<Frame> open) {
        StringBuilder at = new StringBuilder();
        for (Iterator<Frame> outermostFirst = open.descendingIterator(); outermostFirst.hasNext(); ) {
            Frame f = outermostFirst.next();
            if (f.object != null) {
                if (f.key != null) {
                    at.append(at.isEmpty() ? "" : ".").append(f.key);
                }
            } else {
                at.append('[').append(f.index).append(']');
            }
        }
        return at.isEmpty() ? "body" : at.toString();
    }

    /** An object or array being read. */
    private static final class Frame {
        final JsonObjectBuilder object;
        final JsonArrayBuilder array;
        String key;
        int index;

        Frame(boolean isObject) {
            object = isObject ? JSON.createObjectBuilder() : null;
            array = isObject ? null : JSON.createArrayBuilder();
        }

        void add(JsonValue value) {
            if (object != null) {
                object.add(key, value);
                key = null;
            } else {
                array.add(value);
                index++;
            }
        }

        JsonValue build() {
            return object != null ? object.build() : array.build();
        }
    }
}
