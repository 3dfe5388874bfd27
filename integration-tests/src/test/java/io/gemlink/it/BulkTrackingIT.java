package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Bulk tracking uploads as jobs in the database (issue #13): every upload has a job whose counters
 * match what is stored and whose report outlives the server; a job left RUNNING by a server that
 * stopped reads INTERRUPTED, saying after which row; old jobs are pruned. The crash suite kills the
 * server for real; here a dead server's job is a row written as it would have left it.
 */
@ExtendWith(ArquillianExtension.class)
class BulkTrackingIT {

    private static final String PASSWORD = "correct horse battery"; // Api.signup's password
    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anUploadIsAJobWhoseReportMatchesWhatIsStoredAndOnlyItsAccountSeesIt() throws Exception {
        var shop = Api.signup("Bulk Jobs");
        String first = orderNumber(shop);
        String second = orderNumber(shop);
        String rows = """
                [{"orderNumber":"%s","carrier":"OTHER","trackingNumber":"JOB-1","sendDate":"%s"},
                 {"orderNumber":"%s","carrier":"PONY","trackingNumber":"JOB-2","sendDate":"%s"},
                 {"orderNumber":"%s","carrier":"OTHER","trackingNumber":"JOB-3","sendDate":"%s"},
                 {"orderNumber":"999999999","carrier":"OTHER","trackingNumber":"JOB-4","sendDate":"%s"},
                 {"orderNumber":"%s","carrier":"OTHER","trackingNumber":"JOB-1","sendDate":"%s"}]""";
        String json = rows.formatted(first, TODAY, first, TODAY, second, TODAY, TODAY, first, TODAY);

        HttpResponse<String> posted = post(shop, "application/json", json);

        assertThat(posted.statusCode()).isEqualTo(200);
        JsonObject result = parse(posted.body());
        String id = result.getString("id");
        assertThat(result.getInt("applied")).isEqualTo(2);
        assertThat(result.getInt("unchanged")).isEqualTo(1);
        assertThat(posted.headers().firstValue("Location")).hasValue(Api.BASE + "/api/v1/shipments/bulk/" + id);

        var job = shop.api().get("/api/v1/shipments/bulk/" + id);
        assertThat(job.status()).isEqualTo(200);
        JsonObject report = job.json();
        assertThat(report.getString("status")).isEqualTo("FINISHED");
        assertThat(report.getString("origin")).isEqualTo("API");
        assertThat(report.getInt("totalRows")).isEqualTo(5);
        assertThat(report.getInt("doneRows")).isEqualTo(5);
        assertThat(report.getInt("applied")).isEqualTo(2);
        assertThat(report.getInt("unchanged")).isEqualTo(1);
        assertThat(report.getInt("rejectedCount")).isEqualTo(2);
        assertThat(report.getJsonArray("rejected").getValuesAs(JsonObject.class))
                .extracting(r -> r.getInt("row") + ":" + r.getString("field"))
                .containsExactly("2:carrier", "4:orderNumber");
        assertThat(report.isNull("failure")).isTrue();
        assertThat(report.isNull("finishedAt")).isFalse();
        // the counters say what the database holds
        assertThat(Db.text("SELECT COUNT(*) FROM shipment WHERE account_id = ?", shop.id()))
                .isEqualTo("2");
        assertThat(Db.text("SELECT applied FROM bulk_job WHERE public_id = ?", id))
                .isEqualTo("2");

        String csv = "orderNumber,carrier,trackingNumber,sendDate,extendedField1\n" + second + ",OTHER,JOB-5," + TODAY
                + ",\n" + second + ",UPS,not-ups," + TODAY + ",\n";
        HttpResponse<String> fromCsv = post(shop, "text/csv", csv);
        assertThat(fromCsv.statusCode()).isEqualTo(200);
        String csvId = parse(fromCsv.body()).getString("id");
        JsonObject csvReport = shop.api().get("/api/v1/shipments/bulk/" + csvId).json();
        assertThat(csvReport.isNull("totalRows")).isTrue(); // streamed: unknown until read
        assertThat(csvReport.getInt("doneRows")).isEqualTo(2);
        assertThat(csvReport.getInt("applied")).isEqualTo(1);
        assertThat(csvReport.getJsonArray("rejected").getJsonObject(0).getInt("row"))
                .isEqualTo(3);

        JsonObject page = shop.api().get("/api/v1/shipments/bulk").json();
        assertThat(page.getInt("total")).isEqualTo(2);
        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("id"))
                .containsExactly(csvId, id);
        assertThat(page.getJsonArray("items").getJsonObject(1).getInt("applied"))
                .isEqualTo(2);
        assertThat(shop.api()
                        .get("/api/v1/shipments/bulk?size=1&page=1")
                        .json()
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("id"))
                .isEqualTo(id);

        var stranger = Api.signup("Bulk Stranger");
        var foreign = stranger.api().get("/api/v1/shipments/bulk/" + id);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(stranger.api().get("/api/v1/shipments/bulk").json().getInt("total"))
                .isZero();
        assertThat(shop.api().get("/api/v1/shipments/bulk/" + UUID.randomUUID()).status())
                .isEqualTo(404);
        var badSize = shop.api().get("/api/v1/shipments/bulk?size=0");
        assertThat(badSize.status()).isEqualTo(400);
        assertThat(badSize.errorFields()).containsExactly("size");
    }

    /**
     * One batch (issue #15 writes a batch set-based): two parcels on one order, the same parcel twice, a number
     * reused on another order (stored before, or earlier in the batch), and bad rows among the good ones. Each
     * row's answer is what it would be alone, the bad rows write nothing, every new shipment reaches the
     * distributor's order once, and the distributor's webhook owes one notice per copy.
     */
    @Test
    void oneBatchAnswersEachRowAsIfAloneAndCarriesEachNewParcelToTheDistributorOnce() throws Exception {
        TrackingIT.Dropship first = TrackingIT.dropship("Batch");
        TrackingIT.Dropship second = first.another();
        var vendor = first.vendor();
        var shop = first.shop();
        try (WebhookReceiver receiver = new WebhookReceiver(200)) {
            assertThat(shop.api()
                            .put(
                                    "/api/v1/settings/tracking-webhook",
                                    "{\"url\":\"" + receiver.url() + "\",\"secret\":\"whsec-batch-secret\"}")
                            .status())
                    .isEqualTo(200);
            assertThat(vendor.api()
                            .post(
                                    "/api/v1/orders/" + second.vendorOrderId() + "/shipments",
                                    TrackingIT.shipment("OTHER", "PRE-1", TODAY, null))
                            .status())
                    .isEqualTo(201);
            String v1 = first.vendorOrderNumber();
            String v2 = second.vendorOrderNumber();
            String rows = """
                    [{"orderNumber":"%s","carrier":"OTHER","trackingNumber":"TWO-A","sendDate":"%s"},
                     {"orderNumber":"%s","carrier":"OTHER","trackingNumber":"TWO-B","sendDate":"%s"},
                     {"orderNumber":"%s","carrier":"OTHER","trackingNumber":"TWO-A","sendDate":"%s"},
                     {"orderNumber":"%s","carrier":"PONY","trackingNumber":"BAD-1","sendDate":"%s"},
                     {"orderNumber":"%s","carrier":"OTHER","trackingNumber":"TWO-A","sendDate":"%s"},
                     {"orderNumber":"%s","carrier":"OTHER","trackingNumber":"PRE-1","sendDate":"%s"},
                     {"orderNumber":"%s","carrier":"OTHER","trackingNumber":"PRE-1","sendDate":"%s"},
                     {"orderNumber":"%s","carrier":"OTHER","trackingNumber":"BAD-2","sendDate":"2001-01-01"},
                     {"orderNumber":"999999999","carrier":"OTHER","trackingNumber":"X-3","sendDate":"%s"}]""".formatted(
                            v1, TODAY, v1, TODAY, v1, TODAY, v1, TODAY, v2, TODAY, v1, TODAY, v2, TODAY, v1, TODAY);

            HttpResponse<String> posted = post(vendor, "application/json", rows);

            assertThat(posted.statusCode()).isEqualTo(200);
            JsonObject result = parse(posted.body());
            assertThat(result.getInt("applied")).isEqualTo(4); // rows 1, 2, 5, 6
            assertThat(result.getInt("unchanged")).isEqualTo(2); // row 3 (row 1's parcel), row 7 (stored before)
            assertThat(result.getJsonArray("rejected").getValuesAs(JsonObject.class))
                    .extracting(r -> r.getInt("row") + ":" + r.getString("field"))
                    .containsExactly("4:carrier", "8:sendDate", "9:orderNumber");
            // TWO-A on the second order: used earlier in this batch; PRE-1 on the first: stored before on the second
            assertThat(result.getJsonArray("warnings").getValuesAs(JsonObject.class))
                    .extracting(r -> r.getInt("row") + ":" + r.getString("field"))
                    .containsExactly("5:trackingNumber", "6:trackingNumber");
            JsonObject report = vendor.api()
                    .get("/api/v1/shipments/bulk/" + result.getString("id"))
                    .json();
            assertThat(report.getInt("applied")).isEqualTo(4);
            assertThat(report.getInt("unchanged")).isEqualTo(2);
            assertThat(report.getInt("rejectedCount")).isEqualTo(3);
            assertThat(report.getInt("warningCount")).isEqualTo(2);

            assertThat(Db.rows(
                            "SELECT tracking_number, duplicate_number FROM shipment WHERE order_id = ?"
                                    + " ORDER BY tracking_number",
                            first.vendorOrderId()))
                    .containsExactly(List.of("PRE-1", "1"), List.of("TWO-A", "0"), List.of("TWO-B", "0"));
            assertThat(Db.rows(
                            "SELECT tracking_number, duplicate_number FROM shipment WHERE order_id = ?"
                                    + " ORDER BY tracking_number",
                            second.vendorOrderId()))
                    .containsExactly(List.of("PRE-1", "0"), List.of("TWO-A", "1"));
            assertThat(Db.text("SELECT COUNT(*) FROM shipment WHERE tracking_number IN ('BAD-1', 'BAD-2', 'X-3')"))
                    .isEqualTo("0");
            JsonObject shopFirst = TrackingIT.order(shop, first.shopOrderId());
            assertThat(shopFirst.getJsonArray("shipments").getValuesAs(JsonObject.class))
                    .extracting(x -> x.getString("trackingNumber"))
                    .containsExactlyInAnyOrder("TWO-A", "TWO-B", "PRE-1");
            assertThat(shopFirst.getString("status")).isEqualTo("SHIPPED");
            JsonObject shopSecond = TrackingIT.order(shop, second.shopOrderId());
            assertThat(shopSecond.getJsonArray("shipments").getValuesAs(JsonObject.class))
                    .extracting(x -> x.getString("trackingNumber"))
                    .containsExactlyInAnyOrder("PRE-1", "TWO-A");
            assertThat(shopSecond.getString("status")).isEqualTo("SHIPPED");
            assertThat(TrackingIT.order(vendor, first.vendorOrderId()).getString("status"))
                    .isEqualTo("SHIPPED");
            // one notice per copy on the distributor's orders (PRE-1 of the single shipment, then the batch's four)
            assertThat(Db.rows(
                            "SELECT d.order_number, s.tracking_number FROM tracking_webhook_delivery d"
                                    + " JOIN shipment s ON s.id = d.shipment_id WHERE d.account_id = ?"
                                    + " ORDER BY d.order_number, s.tracking_number",
                            shop.id()))
                    .containsExactlyInAnyOrder(
                            List.of(first.shopOrderNumber(), "PRE-1"),
                            List.of(first.shopOrderNumber(), "TWO-A"),
                            List.of(first.shopOrderNumber(), "TWO-B"),
                            List.of(second.shopOrderNumber(), "PRE-1"),
                            List.of(second.shopOrderNumber(), "TWO-A"));
        }
    }

    @Test
    void aJobWhoseHeartbeatStoppedIsReportedInterruptedAfterItsLastStoredRow() {
        var shop = Api.signup("Bulk Crash");
        String stale = runningJob(referenceJob(shop), "elsewhere/server", 10 * 60); // another instance, silent 10 min

        JsonObject interrupted =
                shop.api().get("/api/v1/shipments/bulk/" + stale).json();

        assertThat(interrupted.getString("status")).isEqualTo("INTERRUPTED");
        assertThat(interrupted.getString("failure"))
                .isEqualTo("The server stopped after row 401: rows up to 401 were "
                        + "applied (390 applied, 5 unchanged, 5 rejected); upload the rows after 401 again.");
        assertThat(interrupted.getInt("applied")).isEqualTo(390);
        assertThat(interrupted.getInt("doneRows")).isEqualTo(400);
        assertThat(interrupted.isNull("finishedAt")).isFalse();
        assertThat(Db.text("SELECT status FROM bulk_job WHERE public_id = ?", stale))
                .isEqualTo("INTERRUPTED");
        assertThat(shop.api()
                        .get("/api/v1/shipments/bulk")
                        .json()
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("status"))
                .isEqualTo("INTERRUPTED");
    }

    @Test
    void aJobOfAnEarlierStartOfThisInstanceIsInterruptedAtOnce() {
        var shop = Api.signup("Bulk Restart");
        String reference = referenceJob(shop);
        String thisServer = Db.text("SELECT owner FROM bulk_job WHERE public_id = ?", reference);
        // heartbeat fresh, but this instance has started since (another boot id): that run is over
        String earlierStart = runningJob(reference, thisServer, 0);

        JsonObject job =
                shop.api().get("/api/v1/shipments/bulk/" + earlierStart).json();

        assertThat(job.getString("status")).isEqualTo("INTERRUPTED");
        assertThat(job.getString("failure")).startsWith("The server stopped after row 401");
    }

    @Test
    void aJobOfAnotherLiveInstanceKeepsRunning() {
        var shop = Api.signup("Bulk Cluster");
        String alive = runningJob(referenceJob(shop), "elsewhere/server", 0); // its heartbeat is fresh

        assertThat(shop.api().get("/api/v1/shipments/bulk/" + alive).json().getString("status"))
                .isEqualTo("RUNNING");
        assertThat(shop.api()
                        .get("/api/v1/shipments/bulk")
                        .json()
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("status"))
                .isEqualTo("RUNNING");
        assertThat(Db.text("SELECT status FROM bulk_job WHERE public_id = ?", alive))
                .isEqualTo("RUNNING");
    }

    @Test
    void theTimerMarksAnInterruptedJobThatNobodyReads() throws Exception {
        var shop = Api.signup("Bulk Unread");
        String unread = runningJob(referenceJob(shop), "elsewhere/server", 10 * 60);

        long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
        while (!"INTERRUPTED".equals(Db.text("SELECT status FROM bulk_job WHERE public_id = ?", unread))
                && System.nanoTime() < deadline) {
            Thread.sleep(1000);
        }

        assertThat(Db.text("SELECT status FROM bulk_job WHERE public_id = ?", unread))
                .isEqualTo("INTERRUPTED");
        assertThat(Db.text("SELECT failure FROM bulk_job WHERE public_id = ?", unread))
                .startsWith("The server stopped after row 401");
    }

    @Test
    void startingAnUploadPrunesTheAccountsJobsBeyondAHundredAndOlderThanThirtyDays() throws Exception {
        var shop = Api.signup("Bulk Prune");
        String number = orderNumber(shop);
        String reference = parse(post(
                                shop,
                                "application/json",
                                "[{\"orderNumber\":\"" + number
                                        + "\",\"carrier\":\"OTHER\",\"trackingNumber\":\"P-0\",\"sendDate\":\"" + TODAY
                                        + "\"}]")
                        .body())
                .getString("id");
        String old = endedJob(reference, 40 * 24 * 3600);
        for (int i = 0; i < 99; i++) {
            endedJob(reference, 60);
        }
        assertThat(shop.api().get("/api/v1/shipments/bulk").json().getInt("total"))
                .isEqualTo(101);

        String newest = parse(post(
                                shop,
                                "application/json",
                                "[{\"orderNumber\":\"" + number
                                        + "\",\"carrier\":\"OTHER\",\"trackingNumber\":\"P-1\",\"sendDate\":\"" + TODAY
                                        + "\"}]")
                        .body())
                .getString("id");

        JsonObject page = shop.api().get("/api/v1/shipments/bulk?size=500").json();
        assertThat(page.getInt("total")).isEqualTo(100);
        List<String> ids = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("id"))
                .toList();
        assertThat(ids.get(0)).isEqualTo(newest);
        assertThat(ids).doesNotContain(old, reference);
        assertThat(Db.text(
                        "SELECT COUNT(*) FROM bulk_job_issue i JOIN bulk_job j ON j.id = i.job_id"
                                + " WHERE j.public_id = ?",
                        old))
                .isEqualTo("0");
    }

    @Test
    void theScreenShowsRecentUploadsAndTheReportOfAnInterruptedOne() throws Exception {
        var shop = Api.signup("Bulk Screen");
        String number = orderNumber(shop);
        String reference = parse(post(
                                shop,
                                "application/json",
                                "[{\"orderNumber\":\"" + number
                                        + "\",\"carrier\":\"OTHER\",\"trackingNumber\":\"S-1\",\"sendDate\":\"" + TODAY
                                        + "\"}]")
                        .body())
                .getString("id");
        String stale = runningJob(reference, "elsewhere/server", 10 * 60);
        Path csv = Files.createTempFile("bulk-screen", ".csv");
        Files.writeString(
                csv,
                "orderNumber,carrier,trackingNumber,sendDate,extendedField1\n" + number + ",OTHER,S-2," + TODAY + ",\n"
                        + number + ",PONY,S-3," + TODAY + ",\n",
                StandardCharsets.UTF_8);

        try (Browser browser = new Browser()) {
            browser.login(shop.email(), PASSWORD);
            browser.open("/admin/tracking/bulk.xhtml?job=" + stale);
            assertThat(browser.find("#failure").getText()).startsWith("The server stopped after row 401");
            assertThat(browser.find("#applied").getText()).isEqualTo("390");
            assertThat(browser.find("#jobStatus").getText()).isEqualTo("INTERRUPTED");

            browser.driver()
                    .findElement(By.cssSelector("input[type=file]"))
                    .sendKeys(csv.toAbsolutePath().toString());
            browser.find("#upload\\:submit").click();
            // the upload redirects to its own job; not staleness: the shown job's progress bar re-renders its report.
            // The upload waits up to 10 s for a small job to end, and in the whole suite the job may queue behind
            // this class's bigger background uploads on the managed executor: wait for both generously
            try {
                new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
                        .until(d -> d.getCurrentUrl().contains("job=")
                                && !d.getCurrentUrl().contains(stale));
            } catch (org.openqa.selenium.TimeoutException e) {
                // this wait has failed now and then in the full suite (about 3 runs in 7), cause not found yet: say
                // where the browser was and what the page said, for the next one who looks
                String body = browser.driver().findElement(By.tagName("body")).getText();
                throw new AssertionError(
                        "no redirect to the upload's job after 120 s; the browser is at "
                                + browser.driver().getCurrentUrl() + " showing: "
                                + body.substring(0, Math.min(body.length(), 1500)),
                        e);
            }
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("applied"), "1"));
            assertThat(browser.find("#applied").getText()).isEqualTo("1");
            assertThat(browser.find("#rejected").getText()).isEqualTo("1");
            assertThat(browser.driver().getCurrentUrl()).contains("job=");
            String uploads = browser.find("#bulk\\:uploads").getText();
            assertThat(uploads).contains(csv.getFileName().toString(), "FINISHED", "INTERRUPTED", "API");
            assertThat(browser.cspViolations()).isEmpty();
        }
    }

    /** A finished one-row upload of the account: the job rows written by hand copy its account and times. */
    private static String referenceJob(Api.Account shop) {
        try {
            return parse(post(
                                    shop,
                                    "application/json",
                                    "[{\"orderNumber\":\"" + orderNumber(shop)
                                            + "\",\"carrier\":\"OTHER\",\"trackingNumber\":\"REF-1\",\"sendDate\":\""
                                            + TODAY + "\"}]")
                            .body())
                    .getString("id");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A RUNNING job as a server would leave it after 401 rows, heartbeat {@code secondsAgo} old. */
    private static String runningJob(String reference, String owner, int secondsAgo) {
        String id = UUID.randomUUID().toString();
        Db.update(
                "INSERT INTO bulk_job (public_id, account_id, origin, status, file_name, total_rows, done_rows,"
                        + " last_row,"
                        + " applied, unchanged, rejected, warnings, owner, boot_id, started_at, updated_at)"
                        + " SELECT ?, account_id, 'SCREEN', 'RUNNING', 'big.csv', 1000, 400, 401, 390, 5, 5, 0, ?, ?,"
                        + " started_at - INTERVAL ? SECOND, started_at - INTERVAL ? SECOND FROM bulk_job WHERE"
                        + " public_id = ?",
                id,
                owner,
                UUID.randomUUID().toString(),
                secondsAgo + 60,
                secondsAgo,
                reference);
        return id;
    }

    /** A FINISHED job started {@code secondsAgo} before the reference job, with one rejected row kept. */
    private static String endedJob(String reference, int secondsAgo) {
        String id = UUID.randomUUID().toString();
        Db.update(
                "INSERT INTO bulk_job (public_id, account_id, origin, status, total_rows, done_rows, last_row,"
                        + " applied, unchanged, rejected, warnings, owner, boot_id, started_at, updated_at,"
                        + " finished_at)"
                        + " SELECT ?, account_id, 'API', 'FINISHED', 1, 1, 1, 0, 0, 1, 0, owner, boot_id,"
                        + " started_at - INTERVAL ? SECOND, started_at - INTERVAL ? SECOND, started_at - INTERVAL ?"
                        + " SECOND"
                        + " FROM bulk_job WHERE public_id = ?",
                id,
                secondsAgo,
                secondsAgo,
                secondsAgo,
                reference);
        Db.update(
                "INSERT INTO bulk_job_issue (job_id, kind, row_no, field, message)"
                        + " SELECT id, 'R', 1, 'carrier', 'unknown' FROM bulk_job WHERE public_id = ?",
                id);
        return id;
    }

    private static String orderNumber(Api.Account account) {
        var placed = account.api()
                .post("/api/v1/orders", DropshipMirroringIT.order("bulk-" + UUID.randomUUID(), Map.of("BULK-1", 1)));
        assertThat(placed.status()).isEqualTo(201);
        return placed.json().getString("number");
    }

    private static HttpResponse<String> post(Api.Account account, String contentType, String body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/shipments/bulk"))
                        .timeout(Duration.ofMinutes(2))
                        .header("Authorization", "Bearer " + account.api().apiKey())
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject parse(String body) {
        return new Api.Response(200, "application/json", body).json();
    }
}
