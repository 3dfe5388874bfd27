package io.gemlink.web.api;

import io.gemlink.account.api.AccountView;
import io.gemlink.account.api.ActivityView;
import io.gemlink.account.api.ApiKeyCreated;
import io.gemlink.account.api.ApiKeyView;
import io.gemlink.account.api.DropshippingSettingsView;
import io.gemlink.account.web.AccountResource;
import io.gemlink.account.web.ApiKeyResource;
import io.gemlink.catalog.api.ImportResult;
import io.gemlink.catalog.api.ProductData;
import io.gemlink.catalog.api.ProductView;
import io.gemlink.catalog.api.UpsertResult;
import io.gemlink.catalog.web.ProductResource;
import io.gemlink.feeds.api.FeedDefinition;
import io.gemlink.feeds.api.FeedView;
import io.gemlink.feeds.api.GrantCreated;
import io.gemlink.feeds.api.GrantView;
import io.gemlink.linking.api.ImportRunView;
import io.gemlink.linking.api.ImportSourceRequest;
import io.gemlink.linking.api.ImportSourceView;
import io.gemlink.linking.api.LinkedProductView;
import io.gemlink.linking.web.ImportSourceResource;
import io.gemlink.orders.api.CancelRequest;
import io.gemlink.orders.api.LineRejection;
import io.gemlink.orders.api.OrderRequest;
import io.gemlink.orders.api.OrderView;
import io.gemlink.orders.api.ShipDateProposal;
import io.gemlink.orders.web.OrderResource;
import io.gemlink.partners.web.Connection;
import io.gemlink.tracking.api.BulkJobSummary;
import io.gemlink.tracking.api.BulkJobView;
import io.gemlink.tracking.api.BulkResult;
import io.gemlink.tracking.api.CarrierView;
import io.gemlink.tracking.api.ShipmentChangeView;
import io.gemlink.tracking.api.ShipmentDetail;
import io.gemlink.tracking.api.ShipmentRequest;
import io.gemlink.tracking.api.TrackingWebhookView;
import io.gemlink.tracking.api.WebhookDeliveryView;
import io.gemlink.tracking.api.WebhookView;
import io.gemlink.tracking.web.BulkTrackingResource;
import io.gemlink.tracking.web.TrackingWebhookResource;
import io.gemlink.tracking.web.WebhookResource;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Adds the JSON records of the partner API to the OpenAPI document's components. Payara's scanner
 * only describes classes inside the WAR, and our records live in core-module; operations refer to
 * them with {@code @Schema(ref = "Name")}. Registered by {@code mp.openapi.model.reader}.
 */
public class ApiSchemas implements OASModelReader {

    /** Every record the API answers or accepts; records they contain are added on the way. */
    static final List<Class<?>> DOCUMENTED = List.of(
            AccountView.class,
            ActivityView.class,
            DropshippingSettingsView.class,
            CarrierView.class,
            Problem.class,
            AccountResource.SignupAnswer.class,
            AccountResource.ActivityPage.class,
            ApiKeyView.class,
            ApiKeyCreated.class,
            ApiKeyResource.ApiKeyRequest.class,
            // catalog and feeds
            ProductData.class,
            ProductView.class,
            ProductResource.ProductPage.class,
            UpsertResult.class,
            ImportResult.class,
            FeedDefinition.class,
            FeedView.class,
            GrantView.class,
            GrantCreated.class,
            // orders
            OrderView.class,
            OrderRequest.class,
            OrderResource.OrderPage.class,
            LineRejection.class,
            CancelRequest.class,
            ShipDateProposal.class,
            OrderResource.LinesShippedProblem.class,
            // distributor imports
            ImportSourceRequest.class,
            ImportSourceView.class,
            ImportRunView.class,
            LinkedProductView.class,
            ImportSourceResource.ImportSourcePage.class,
            ImportSourceResource.ImportRunPage.class,
            ImportSourceResource.LinkedProductPage.class,
            // tracking
            ShipmentDetail.class,
            ShipmentRequest.class,
            BulkTrackingResource.BulkShipment.class,
            BulkResult.class,
            BulkJobView.class,
            BulkJobSummary.class,
            BulkTrackingResource.BulkJobPage.class,
            TrackingWebhookView.class,
            WebhookView.class,
            WebhookResource.EventsRequest.class,
            WebhookDeliveryView.class,
            TrackingWebhookResource.WebhookDeliveryPage.class,
            // partners
            Connection.class);

    @Override
    public OpenAPI buildModel() {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        DOCUMENTED.forEach(type -> describe(type, schemas));
        schemas.put(
                "CarrierList",
                OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(describe(CarrierView.class, schemas)));
        schemas.put(
                "ShipmentList",
                OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(describe(ShipmentDetail.class, schemas)));
        schemas.put(
                "ShipmentChangeList",
                OASFactory.createSchema()
                        .type(Schema.SchemaType.ARRAY)
                        .items(describe(ShipmentChangeView.class, schemas)));
        schemas.put(
                "BulkShipmentList",
                OASFactory.createSchema()
                        .type(Schema.SchemaType.ARRAY)
                        .items(describe(BulkTrackingResource.BulkShipment.class, schemas)));
        schemas.put(
                "FeedList",
                OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(describe(FeedView.class, schemas)));
        schemas.put(
                "GrantList",
                OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(describe(GrantView.class, schemas)));
        schemas.put(
                "ApiKeyList",
                OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(describe(ApiKeyView.class, schemas)));
        schemas.put(
                "ConnectionList",
                OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(describe(Connection.class, schemas)));
        return OASFactory.createOpenAPI()
                .paths(ServletRoutes.paths())
                .components(OASFactory.createComponents().schemas(schemas));
    }

    static Schema describe(Class<?> record, Map<String, Schema> schemas) {
        if (!schemas.containsKey(record.getSimpleName())) {
            Schema schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
            schemas.put(record.getSimpleName(), schema); // before the components: records may nest
            for (RecordComponent c : record.getRecordComponents()) {
                Schema property = of(c.getGenericType(), schemas);
                // no "required": ProductData describes a PATCH body too, where every field is optional
                schema.addProperty(c.getName(), property.getRef() == null ? constrained(property, c) : property);
            }
        }
        return OASFactory.createSchema().ref(record.getSimpleName());
    }

    /** What the request record's constraints say (Constraints checks them): lengths, sizes, ranges, patterns. */
    private static Schema constrained(Schema schema, RecordComponent component) {
        Method c = component.getAccessor(); // where a record component's constraints can be read
        boolean array = schema.getType() == Schema.SchemaType.ARRAY;
        for (Size size : c.getAnnotationsByType(Size.class)) {
            if (size.min() > 0) {
                schema = array ? schema.minItems(size.min()) : schema.minLength(size.min());
            }
            if (size.max() < Integer.MAX_VALUE) {
                schema = array ? schema.maxItems(size.max()) : schema.maxLength(size.max());
            }
        }
        if (c.isAnnotationPresent(NotEmpty.class) && array) {
            schema = schema.minItems(1);
        }
        Min min = c.getAnnotation(Min.class);
        Max max = c.getAnnotation(Max.class);
        DecimalMin decimalMin = c.getAnnotation(DecimalMin.class);
        DecimalMax decimalMax = c.getAnnotation(DecimalMax.class);
        Pattern pattern = c.getAnnotation(Pattern.class);
        if (min != null) {
            schema = schema.minimum(BigDecimal.valueOf(min.value()));
        }
        if (max != null) {
            schema = schema.maximum(BigDecimal.valueOf(max.value()));
        }
        if (decimalMin != null) {
            schema = schema.minimum(new BigDecimal(decimalMin.value()));
            schema = decimalMin.inclusive() ? schema : schema.exclusiveMinimum(true);
        }
        if (decimalMax != null) {
            schema = schema.maximum(new BigDecimal(decimalMax.value()));
            schema = decimalMax.inclusive() ? schema : schema.exclusiveMaximum(true);
        }
        return pattern == null ? schema : schema.pattern(pattern.regexp());
    }

    private static Schema of(Type type, Map<String, Schema> schemas) {
        if (type instanceof ParameterizedType p
                && p.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            return OASFactory.createSchema()
                    .type(Schema.SchemaType.ARRAY)
                    .items(of(p.getActualTypeArguments()[0], schemas));
        }
        Class<?> c = type instanceof Class<?> k ? k : Object.class;
        if (c.isRecord()) {
            return describe(c, schemas);
        }
        if (c.isEnum()) {
            return OASFactory.createSchema()
                    .type(Schema.SchemaType.STRING)
                    .enumeration(Arrays.stream(c.getEnumConstants())
                            .map(e -> (Object) ((Enum<?>) e).name())
                            .toList());
        }
        if (c == String.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING);
        }
        if (c == boolean.class || c == Boolean.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN);
        }
        if (c == long.class || c == Long.class || c == int.class || c == Integer.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.INTEGER);
        }
        if (c == BigDecimal.class || c == double.class || c == Double.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.NUMBER);
        }
        if (c == Instant.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date-time");
        }
        if (c == LocalDate.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date");
        }
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
    }
}
