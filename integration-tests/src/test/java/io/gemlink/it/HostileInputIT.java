package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.gemlink.it.HostileHttp.Answer;
import io.gemlink.it.OpenApiOperations.Operation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation of the OpenAPI document gets a fixed set of hostile inputs — bodies, path values, paging
 * values — and must answer each with a 4xx {@code application/problem+json} with a title, within two seconds,
 * storing nothing. A route added later is covered without touching this test. Then the servlet routes, wrong
 * methods, unknown paths and oversized bodies.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    private static final String SECRET = "hostile-shopify-secret-0123456789";
    /** Longer than any text field, the catalog's description and MySQL's TEXT included. */
    private static final String LONG_STRING = "\"" + "x".repeat(70_000) + "\"";

    private static final Map<String, byte[]> BODIES = bodies();
    private static final List<String> NUMBERS =
            List.of("1E-4000000", "1E+4000000", "-1e999999999", "9".repeat(400), "0." + "0".repeat(400) + "1");
    private static final List<String> PATH_VALUES = List.of("%00", "-1", "99999999999999999999", "abc");
    private static final List<String> QUERY_VALUES = List.of("-1", "2147483647", "99999999999999999999", "abc");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void everyOperationAnswersHostileInputWithAProblemQuicklyAndStoresNothing() throws Exception {
        Seed seed = Seed.create();
        Map<String, Object> before = seed.snapshot();
        Answer doc = HostileHttp.send(
                "openapi", "GET", "/openapi?format=JSON", null, null, null, Map.of("Accept", "application/json"));
        assertThat(doc.status()).as(doc.toString()).isEqualTo(200);
        Files.writeString(
                Path.of("target", "hostile-input-openapi.json"), doc.body()); // what the cases were built from
        List<Operation> operations = new OpenApiOperations(
                        Json.createReader(new java.io.StringReader(doc.body())).readObject())
                .all(seed.knownValues());
        assertThat(operations).as("operations in /openapi").hasSizeGreaterThan(30);
        assertThat(operations.stream()
                        .filter(op -> op.jsonBody() != null)
                        .mapToInt(op -> OpenApiOperations.leaves(op.jsonBody(), JsonValue.ValueType.NUMBER)
                                        .size()
                                + OpenApiOperations.leaves(op.jsonBody(), JsonValue.ValueType.STRING)
                                        .size())
                        .sum())
                .as("numbers and texts in the documented bodies (a body documented as a bare object hides its fields)")
                .isGreaterThan(80);

        List<String> failures = new ArrayList<>();
        Consumer<Answer> judge = a -> {
            String problem = a.problem();
            if (problem != null) {
                failures.add(problem + " | " + a);
                System.out.println("HOSTILE FAILURE " + problem + " | " + a);
            }
        };
        // whole-body cases last: on a server that loops on them, the other cases have been seen first
        List<Request> requests = new ArrayList<>();
        for (Operation op : operations) {
            List<Request> cases = hostileRequests(op, seed);
            System.out.println("HOSTILE " + op + ": " + cases.size() + " cases"
                    + (op.jsonBody() == null
                            ? ""
                            : ", body " + abbreviate(op.jsonBody().toString(), 300)));
            requests.addAll(cases);
        }
        requests.sort(Comparator.comparingInt(Request::phase));
        int sent = 0;
        int silent = 0;
        for (Request r : requests) {
            Answer a = HostileHttp.sendBytes(
                    r.op() + " " + r.what(),
                    r.op().method(),
                    r.path(),
                    seed.vendor.api().apiKey(),
                    r.body() == null ? null : "application/json",
                    r.body(),
                    Map.of());
            if (!refusedByTheContainer(r, a)) {
                judge.accept(a);
            }
            sent++;
            silent = a.status() == 0 ? silent + 1 : 0;
            if (silent == 3) {
                failures.add("the server stopped answering after " + sent + " of " + requests.size() + " requests");
                break;
            }
        }
        if (silent < 3) {
            servletAndContainerCases(seed).forEach(judge);
        }

        assertThat(sent).as("hostile requests sent").isGreaterThan(200);
        assertThat(failures)
                .as("answers that break the error contract (of " + sent + " sent)")
                .isEmpty();
        assertThat(seed.snapshot()).as("the account after the hostile requests").isEqualTo(before);
    }

    @Test
    void wrongMethodsAreProblemsWithAllow() {
        Seed seed = Seed.create();
        List<Answer> answers = List.of(
                HostileHttp.send(
                        "PATCH /api/v1/feeds",
                        "PATCH",
                        "/api/v1/feeds",
                        seed.vendor.api().apiKey(),
                        "application/json",
                        "{}",
                        Map.of()),
                HostileHttp.send(
                        "PUT /feeds/{id}", "PUT", "/feeds/" + seed.feedId, null, "application/json", "{}", Map.of()),
                HostileHttp.send("GET webhook", "GET", seed.webhookPath(), null, null, null, Map.of()),
                HostileHttp.send("DELETE webhook", "DELETE", seed.webhookPath(), null, null, null, Map.of()));

        for (Answer a : answers) {
            assertThat(a.problem()).as(a.toString()).isNull();
            assertThat(a.status()).as(a.toString()).isEqualTo(405);
            assertThat(a.headers()).as(a.toString()).containsKey("allow");
        }
    }

    /**
     * Payara refuses a NUL byte in the path with an empty 400 before any application sees the request; no
     * error page of ours can answer it (docs/input.md, Known limit). Exactly that answer is let through.
     */
    private static boolean refusedByTheContainer(Request r, Answer a) {
        return r.path().contains("%00") && a.status() == 400 && a.body().isEmpty();
    }

    /** One hostile request to an operation: what is hostile about it, the path, the body (or none). */
    private record Request(Operation op, int phase, String what, String path, byte[] body) {}

    private static List<Request> hostileRequests(Operation op, Seed seed) {
        List<Request> requests = new ArrayList<>();
        String validPath = seed.fill(op, null, null);
        byte[] template = op.jsonBody() == null ? null : utf8(op.jsonBody().toString());
        for (String param : op.pathParams()) {
            for (String value : PATH_VALUES) {
                requests.add(new Request(op, 0, "{" + param + "}=" + value, seed.fill(op, param, value), template));
            }
        }
        for (String param : op.integerQueryParams()) {
            for (String value : QUERY_VALUES) {
                String separator = validPath.contains("?") ? "&" : "?";
                requests.add(new Request(
                        op, 1, "?" + param + "=" + value, validPath + separator + param + "=" + value, template));
            }
        }
        if (op.takesBody()) {
            BODIES.forEach((name, body) -> requests.add(new Request(op, 3, "body " + name, validPath, body)));
        }
        if (op.jsonBody() != null) {
            for (String at : OpenApiOperations.leaves(op.jsonBody(), JsonValue.ValueType.NUMBER)) {
                for (String number : NUMBERS) {
                    requests.add(new Request(
                            op,
                            2,
                            at + "=" + abbreviate(number),
                            validPath,
                            utf8(OpenApiOperations.withRaw(op.jsonBody(), at, number))));
                }
            }
            for (String at : OpenApiOperations.leaves(op.jsonBody(), JsonValue.ValueType.STRING)) {
                requests.add(new Request(
                        op,
                        2,
                        at + "=<70,000 characters>",
                        validPath,
                        utf8(OpenApiOperations.withRaw(op.jsonBody(), at, LONG_STRING))));
            }
        }
        return requests;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The routes that servlets serve, the container's own answers, and bodies over the size limits. */
    private static List<Answer> servletAndContainerCases(Seed seed) throws Exception {
        String key = seed.vendor.api().apiKey();
        List<Answer> answers = new ArrayList<>();
        String feed = "/feeds/" + seed.feedId;
        Map<String, String> token = Map.of("Authorization", "Bearer " + seed.grantToken);
        answers.add(HostileHttp.send("feed since=abc", "GET", feed + "?since=abc", null, null, null, token));
        answers.add(HostileHttp.send("feed format=EXE", "GET", feed + "?format=EXE", null, null, null, token));
        answers.add(HostileHttp.send(
                "feed since=+999999999", "GET", feed + "?since=%2B999999999-01-01T00:00:00Z", null, null, null, token));
        answers.add(HostileHttp.send("feed token=%00", "GET", feed + "?token=%00", null, null, null, Map.of()));
        answers.add(HostileHttp.send("feed without id", "GET", "/feeds/", null, null, null, Map.of()));
        for (String unknown : List.of(
                "/api/v1/nope",
                "/api/nope",
                "/api/v2/products",
                "/api/",
                "/webhooks/nope",
                "/webhooks/shopify/" + seed.vendor.publicId() + "/refunds",
                "/feeds/1/extra")) {
            answers.add(HostileHttp.send("GET " + unknown, "GET", unknown, key, null, null, Map.of()));
        }
        answers.add(HostileHttp.send(
                "malformed Content-Type", "POST", "/api/v1/products", key, "a/b/c; ;=", "{}", Map.of()));
        answers.add(HostileHttp.send(
                "malformed Accept", "GET", "/api/v1/products", key, null, null, Map.of("Accept", "x/y/z;q=abc")));
        answers.add(HostileHttp.send(
                "unsupported Content-Type", "POST", "/api/v1/feeds", key, "application/xml", "<a/>", Map.of()));
        Shopify.signedHostileBodies(seed, BODIES, NUMBERS, LONG_STRING).forEach(answers::add);

        answers.add(HostileHttp.announceOnly(
                "JSON body announced at 1 GiB", "POST", "/api/v1/products", key, "application/json", 1L << 30));
        answers.add(HostileHttp.announceOnly(
                "CSV body announced at 1 GiB", "POST", "/api/v1/products/import", key, "text/csv", 1L << 30));
        answers.add(HostileHttp.announceOnly(
                "bulk CSV announced at 1 GiB", "POST", "/api/v1/shipments/bulk", key, "text/csv", 1L << 30));
        answers.add(HostileHttp.announceOnly(
                "webhook announced at 1 GiB", "POST", seed.webhookPath(), key, "application/json", 1L << 30));
        // between one and two limits (10 MiB by default): the server reads the rest, so the client reads the answer
        answers.add(HostileHttp.sendChunked(
                "JSON body of 16 MiB, chunked",
                "POST",
                "/api/v1/products",
                key,
                "application/json",
                () -> oversized(16 << 20)));
        return answers;
    }

    private static InputStream oversized(int bytes) {
        byte[] head = "{\"sku\":\"HOSTILE-BIG\",\"description\":\"".getBytes(StandardCharsets.US_ASCII);
        InputStream padding = new InputStream() {
            int left = bytes;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
        return new SequenceInputStream(
                new SequenceInputStream(new ByteArrayInputStream(head), padding),
                new ByteArrayInputStream("\"}".getBytes(StandardCharsets.US_ASCII)));
    }

    private static Map<String, byte[]> bodies() {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        for (String body : List.of("", "null", "[]", "\"x\"", "42", "{", "{\"a\":1,}")) {
            bodies.put(body.isEmpty() ? "empty" : body, utf8(body));
        }
        bodies.put("5,000 [", utf8("[".repeat(5_000)));
        bodies.put("5,000 {\"a\":", utf8("{\"a\":".repeat(5_000)));
        bodies.put("not UTF-8", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        return bodies;
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 8) + "…(" + s.length() + " chars)" : s;
    }

    private static String abbreviate(String s, int max) {
        return s.length() > max ? s.substring(0, max) + "…" : s;
    }

    /** The account the hostile requests are sent as, with one of everything, and what it holds. */
    static final class Seed {

        final Api.Account vendor = Api.signup("Hostile Vendor");
        final Api.Account distributor = Api.signup("Hostile Distributor");
        String sku = "HOSTILE-1";
        long feedId;
        long grantId;
        String grantToken;
        long orderId;
        String orderNumber;
        long shipmentId;
        long sourceId;
        long activityId;

        static Seed create() {
            Seed s = new Seed();
            Api api = s.vendor.api();
            ok(api.put("/api/v1/settings/dropshipping", "{\"enabled\":true,\"vendorOrderStatus\":\"NEW\"}"));
            ok(api.post(
                    "/api/v1/products",
                    "{\"sku\":\"" + s.sku + "\",\"title\":\"Seed ring\",\"price\":10,\"quantity\":5}"));
            s.feedId = ok(api.post("/api/v1/feeds", """
                    {"name":"Seed feed","format":"CSV","fields":[],"filter":{},"pricing":{"base":"PRICE",
                    "markupPercent":0,"rounding":"NONE"}}""")).getJsonNumber("id").longValue();
            JsonObject grant = ok(api.post(
                    "/api/v1/feeds/" + s.feedId + "/grants",
                    "{\"distributorPublicId\":\"" + s.distributor.publicId() + "\"}"));
            s.grantId = grant.getJsonNumber("id").longValue();
            s.grantToken = grant.getString("token");
            JsonObject order = ok(api.post("/api/v1/orders", """
                    {"channel":"API","externalId":"seed-1","currency":"USD",
                     "shippingAddress":{"name":"Seed","line1":"1 Main St","city":"Springfield","country":"US"},
                     "lines":[{"sku":"%s","quantity":1,"unitPrice":10}]}""".formatted(s.sku)));
            s.orderId = order.getJsonNumber("id").longValue();
            s.orderNumber = order.getString("number");
            s.shipmentId = ok(api.post(
                            "/api/v1/orders/" + s.orderId + "/shipments",
                            "{\"carrier\":\"OTHER\",\"trackingNumber\":\"SEED-1\",\"sendDate\":\"" + today() + "\"}"))
                    .getJsonNumber("id")
                    .longValue();
            s.sourceId = ok(api.post(
                            "/api/v1/import-sources",
                            "{\"feedUrl\":\"http://127.0.0.2:9/seed.csv\",\"everyMinutes\":60,\"paused\":true}"))
                    .getJsonNumber("id")
                    .longValue();
            var shopify = api.put("/api/v1/settings/channels/shopify", "{\"webhookSecret\":\"" + SECRET + "\"}");
            assertThat(shopify.status()).as(shopify.toString()).isEqualTo(204);
            s.activityId = api.get("/api/v1/account/activity")
                    .json()
                    .getJsonArray("items")
                    .getJsonObject(0)
                    .getJsonNumber("id")
                    .longValue();
            return s;
        }

        String webhookPath() {
            return "/webhooks/shopify/" + vendor.publicId() + "/orders";
        }

        /** Values the generated bodies take for these property names: the seed's own, so a body is plausible. */
        Map<String, JsonValue> knownValues() {
            return Map.of(
                    "sku",
                    Json.createValue(sku),
                    "orderNumber",
                    Json.createValue(orderNumber),
                    "distributorPublicId",
                    Json.createValue(distributor.publicId()),
                    "trackingNumber",
                    Json.createValue("HOSTILE-PARCEL-1"),
                    "sendDate",
                    Json.createValue(today()),
                    "externalId",
                    Json.createValue("hostile-" + UUID.randomUUID()),
                    "email",
                    Json.createValue("hostile-" + UUID.randomUUID() + "@example.com"),
                    "password",
                    Json.createValue("correct horse battery"),
                    "title",
                    Json.createValue("Hostile"),
                    "name",
                    Json.createValue("Hostile name"));
        }

        /** The operation's path with real ids, and {@code hostile} (raw, already encoded) for one parameter. */
        String fill(Operation op, String hostileParam, String hostile) {
            String path = op.path();
            for (String param : op.pathParams()) {
                String value = param.equals(hostileParam) ? hostile : valueOf(op.path(), param);
                path = path.replace("{" + param + "}", value);
            }
            return path;
        }

        private String valueOf(String path, String param) {
            return switch (param) {
                case "sku" -> sku;
                case "grantId" -> Long.toString(grantId);
                case "shipmentId" -> Long.toString(shipmentId);
                case "partnerPublicId" -> distributor.publicId();
                case "accountPublicId", "publicId" -> vendor.publicId();
                case "id" ->
                    Long.toString(
                            path.startsWith("/api/v1/orders")
                                    ? orderId
                                    : path.startsWith("/api/v1/import-sources")
                                            ? sourceId
                                            : path.startsWith("/api/v1/account/activity") ? activityId : feedId);
                default -> "1";
            };
        }

        /** What the hostile requests must leave as it was. */
        Map<String, Object> snapshot() {
            Api api = vendor.api();
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("products", api.get("/api/v1/products").json().getInt("total"));
            s.put("product", api.get("/api/v1/products/" + sku).body());
            s.put("feeds", api.get("/api/v1/feeds").jsonArray().size());
            s.put("feed", api.get("/api/v1/feeds/" + feedId).body());
            s.put(
                    "grants",
                    api.get("/api/v1/feeds/" + feedId + "/grants").jsonArray().size());
            s.put("sources", api.get("/api/v1/import-sources").json().getInt("total"));
            JsonObject source = api.get("/api/v1/import-sources/" + sourceId).json();
            s.put(
                    "source",
                    List.of(
                            source.get("feedUrl"),
                            source.get("everyMinutes"),
                            source.get("priceRule"),
                            source.get("stockBuffer"),
                            source.get("missing"),
                            source.get("keep"),
                            source.get("paused")));
            s.put("orders", api.get("/api/v1/orders").json().getInt("total"));
            s.put(
                    "shipments",
                    api.get("/api/v1/orders/" + orderId + "/shipments")
                            .jsonArray()
                            .size());
            s.put("dropshipping", api.get("/api/v1/settings/dropshipping").body());
            s.put(
                    "tracking webhook",
                    api.get("/api/v1/settings/tracking-webhook").status());
            s.put("webhook", api.get("/api/v1/settings/webhook").status());
            s.put(
                    "distributor's orders",
                    distributor.api().get("/api/v1/orders").json().getInt("total"));
            return s;
        }

        private static JsonObject ok(Api.Response r) {
            assertThat(r.status()).as(r.toString()).isBetween(200, 201);
            return r.json();
        }

        private static String today() {
            return LocalDate.now(ZoneOffset.UTC).toString();
        }
    }

    /** Hostile bodies to Shopify's webhook, signed with the account's secret so that they get past the signature. */
    static final class Shopify {

        private Shopify() {}

        static List<Answer> signedHostileBodies(
                Seed seed, Map<String, byte[]> bodies, List<String> numbers, String longString) throws Exception {
            JsonObject template = Json.createObjectBuilder()
                    .add("id", 4242)
                    .add("currency", "USD")
                    .add(
                            "shipping_address",
                            Json.createObjectBuilder()
                                    .add("name", "Hostile")
                                    .add("address1", "1 Main St")
                                    .add("city", "Springfield")
                                    .add("country_code", "US"))
                    .add(
                            "line_items",
                            Json.createArrayBuilder()
                                    .add(Json.createObjectBuilder()
                                            .add("sku", seed.sku)
                                            .add("quantity", 1)
                                            .add("price", 10)))
                    .build();
            Map<String, byte[]> cases = new LinkedHashMap<>(bodies);
            for (String at : OpenApiOperations.leaves(template, JsonValue.ValueType.NUMBER)) {
                numbers.forEach(
                        n -> cases.put(at + "=" + abbreviate(n), utf8(OpenApiOperations.withRaw(template, at, n))));
            }
            for (String at : OpenApiOperations.leaves(template, JsonValue.ValueType.STRING)) {
                cases.put(at + "=<long>", utf8(OpenApiOperations.withRaw(template, at, longString)));
            }
            cases.put("line item not an object", utf8(template.toString().replace("[{", "[\"x\",{")));
            List<Answer> answers = new ArrayList<>();
            for (Map.Entry<String, byte[]> c : cases.entrySet()) {
                answers.add(HostileHttp.sendBytes(
                        "signed webhook " + c.getKey(),
                        "POST",
                        seed.webhookPath(),
                        null,
                        "application/json",
                        c.getValue(),
                        Map.of(
                                "X-Shopify-Hmac-Sha256",
                                OrderIntakeIT.hmac(SECRET, c.getValue()),
                                "X-Shopify-Webhook-Id",
                                "hostile-" + UUID.randomUUID())));
            }
            return answers;
        }
    }
}
