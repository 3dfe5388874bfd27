package io.gemlink.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Rounds doubles to one decimal as it adds them, so results read well. */
final class JsonObjectBuilderHelper {

    private final JsonObjectBuilder b = Json.createObjectBuilder();

    JsonObjectBuilderHelper add(String name, double value) {
        b.add(name, Stats.round(value));
        return this;
    }

    JsonObjectBuilderHelper add(String name, long value) {
        b.add(name, value);
        return this;
    }

    JsonObjectBuilderHelper add(String name, boolean value) {
        b.add(name, value);
        return this;
    }

    /** A ratio, to two decimals. */
    JsonObjectBuilderHelper ratio(String name, double value) {
        b.add(name, Math.round(value * 100) / 100.0);
        return this;
    }

    JsonObjectBuilderHelper addObject(String name, JsonObject value) {
        b.add(name, value);
        return this;
    }

    JsonObject build() {
        return b.build();
    }
}
