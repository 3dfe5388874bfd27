package io.gemlink.catalog.web;

import io.gemlink.catalog.api.ProductData;
import io.gemlink.catalog.api.UpsertResult;
import io.gemlink.catalog.boundary.CatalogService;
import io.gemlink.platform.api.BadInputException;
import io.gemlink.web.api.JsonRecords;
import io.gemlink.web.api.MalformedInput;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The items of a JSON upsert, read one by one: an item with a value of the wrong type (a text where a number
 * belongs) is refused by its index, the others still go through.
 */
record ProductItems(List<CatalogService.Item> good, List<UpsertResult.ItemError> unreadable) {

    static final int MAX_ITEMS = 10_000;

    static ProductItems read(JsonValue body) {
        List<JsonValue> values;
        if (body instanceof JsonArray array) {
            values = array;
        } else if (body instanceof JsonObject object) {
            values = List.of(object);
        } else {
            throw new BadInputException("body", "must be a product object or an array of products");
        }
        if (values.isEmpty()) {
            throw new BadInputException("body", "holds no products");
        }
        if (values.size() > MAX_ITEMS) {
            throw new BadInputException(
                    "body", "holds more than " + MAX_ITEMS + " products; send them in parts or as CSV");
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
            } catch (MalformedInput e) {
                int index = i;
                e.errors()
                        .forEach(err -> unreadable.add(new UpsertResult.ItemError(index, err.field(), err.message())));
            }
        }
        return new ProductItems(good, unreadable);
    }

    /** One product object; every value of the wrong type is refused, naming its field. */
    static ProductData product(JsonObject object) {
        return JsonRecords.read(object, ProductData.class);
    }

    UpsertResult answer(CatalogService.Written written) {
        List<UpsertResult.ItemError> errors = new ArrayList<>(unreadable);
        written.refused()
                .forEach(r -> errors.add(new UpsertResult.ItemError((int) r.number(), r.field(), r.message())));
        errors.sort(Comparator.comparingInt(UpsertResult.ItemError::index));
        return new UpsertResult(written.created(), written.updated(), errors);
    }
}
