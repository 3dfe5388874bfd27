package io.gemlink.catalog.web;

import io.gemlink.catalog.api.ProductData;
import io.gemlink.catalog.api.UpsertResult;
import io.gemlink.catalog.boundary.CatalogService;
import io.gemlink.platform.api.BadInputException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items of a JSON upsert, read one by one: an item that JSON-B cannot read (a number where text
 * belongs) is refused by its index, the others still go through.
 */
record ProductItems(List<CatalogService.Item> good, List<UpsertResult.ItemError> unreadable) {

    static final int MAX_ITEMS = 10_000;
    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");

    static ProductItems read(JsonValue body) {
        List<JsonValue> values;
        if (body instanceof JsonArray array) {
            values = array;
        } else if (body instanceof JsonObject object) {
            values = List.of(object);
        } else {
            throw new BadInputException("body", "must be a product object or an array of products");
        }
        if (values.size() > MAX_ITEMS) {
            throw new BadInputException("body", "holds more than " + MAX_ITEMS + " products; send them in parts or as CSV");
        }
        List<CatalogService.Item> good = new ArrayList<>();
        List<UpsertResult.ItemError> unreadable = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (!(values.get(i) instanceof JsonObject object)) {
                unreadable.add(new UpsertResult.ItemError(i, "body", "must be a product object"));
                continue;
            }
            try {
                good.add(new CatalogService.Item(i, product(object)));
            } catch (BadInputException e) {
                int index = i;
                e.errors().forEach(err -> unreadable.add(new UpsertResult.ItemError(index, err.field(), err.message())));
            }
        }
        return new ProductItems(good, unreadable);
    }

    /** One product object; a value of the wrong type is refused naming its field. */
    static ProductData product(JsonObject object) {
        try {
            return JSONB.fromJson(object.toString(), ProductData.class);
        } catch (JsonbException e) {
            throw new BadInputException(field(e), "has a value of the wrong type");
        }
    }

    UpsertResult answer(CatalogService.Written written) {
        List<UpsertResult.ItemError> errors = new ArrayList<>(unreadable);
        written.refused().forEach(r -> errors.add(new UpsertResult.ItemError((int) r.number(), r.field(), r.message())));
        errors.sort(Comparator.comparingInt(UpsertResult.ItemError::index));
        return new UpsertResult(written.created(), written.updated(), errors);
    }

    private static String field(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher m = PROPERTY.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return m.group(1);
            }
        }
        return "body";
    }
}
