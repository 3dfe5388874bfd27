package io.gemlink.linking.web;

import io.gemlink.linking.api.ImportSourceRequest;
import io.gemlink.linking.api.PriceRule;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.FieldError;
import io.gemlink.web.api.JsonInput;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Reads an import source request strictly: a value of the wrong JSON type is refused, naming the field. */
final class ImportSourceJson {

    private ImportSourceJson() {
    }

    static ImportSourceRequest read(JsonObject body) {
        JsonObject json = JsonInput.object(body, "describing the import source");
        List<FieldError> errors = new ArrayList<>();
        String feedUrl = text(json, "feedUrl", "feedUrl", errors);
        String token = text(json, "token", "token", errors);
        Integer every = integer(json, "everyMinutes", "everyMinutes", errors);
        Integer buffer = integer(json, "stockBuffer", "stockBuffer", errors);
        String missing = text(json, "missing", "missing", errors);
        Boolean paused = null;
        JsonValue pausedValue = json.get("paused");
        if (pausedValue == JsonValue.TRUE || pausedValue == JsonValue.FALSE) {
            paused = pausedValue == JsonValue.TRUE;
        } else if (pausedValue != null && pausedValue != JsonValue.NULL) {
            errors.add(new FieldError("paused", "must be true or false"));
        }
        PriceRule rule = null;
        JsonValue ruleValue = json.get("priceRule");
        if (ruleValue instanceof JsonObject r) {
            rule = new PriceRule(decimal(r, "markupPercent", "priceRule.markupPercent", errors),
                    text(r, "rounding", "priceRule.rounding", errors));
        } else if (ruleValue != null && ruleValue != JsonValue.NULL) {
            errors.add(new FieldError("priceRule", "must be an object {markupPercent, rounding}"));
        }
        List<String> keep = null;
        JsonValue keepValue = json.get("keep");
        if (keepValue instanceof JsonArray array) {
            keep = new ArrayList<>();
            for (JsonValue v : array) {
                if (v instanceof JsonString s) {
                    keep.add(s.getString());
                } else {
                    errors.add(new FieldError("keep", "must be an array of field names"));
                    break;
                }
            }
        } else if (keepValue != null && keepValue != JsonValue.NULL) {
            errors.add(new FieldError("keep", "must be an array of field names"));
        }
        if (!errors.isEmpty()) {
            throw new BadInputException(errors);
        }
        return new ImportSourceRequest(feedUrl, token, every, rule, buffer, missing, keep, paused);
    }

    private static String text(JsonObject json, String key, String field, List<FieldError> errors) {
        JsonValue v = json.get(key);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        errors.add(new FieldError(field, "must be a string"));
        return null;
    }

    private static Integer integer(JsonObject json, String key, String field, List<FieldError> errors) {
        JsonValue v = json.get(key);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n) {
            try {
                return n.bigDecimalValue().intValueExact();
            } catch (ArithmeticException e) {
                // reported below
            }
        }
        errors.add(new FieldError(field, "must be a whole number"));
        return null;
    }

    private static BigDecimal decimal(JsonObject json, String key, String field, List<FieldError> errors) {
        JsonValue v = json.get(key);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        errors.add(new FieldError(field, "must be a number"));
        return null;
    }
}
