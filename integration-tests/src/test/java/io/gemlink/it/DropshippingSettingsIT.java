package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Dropshipping settings over the API, and the CDI event that carries a change into another EJB module. */
@ExtendWith(ArquillianExtension.class)
class DropshippingSettingsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void newAccountStartsOffWithNoVendorStatus() {
        var account = Api.signup("Fresh Vendor");

        var settings = account.api().get("/api/v1/settings/dropshipping");

        assertThat(settings.status()).isEqualTo(200);
        assertThat(settings.json().getBoolean("enabled")).isFalse();
        assertThat(settings.isNull("vendorOrderStatus")).isTrue();
    }

    @Test
    void settingsRoundTrip() {
        var account = Api.signup("Round Trip Gems");

        var put = account.api()
                .put("/api/v1/settings/dropshipping", "{\"enabled\":true,\"vendorOrderStatus\":\"AWAITING_SHIPMENT\"}");
        assertThat(put.status()).isEqualTo(200);

        var get = account.api().get("/api/v1/settings/dropshipping").json();
        assertThat(get.getBoolean("enabled")).isTrue();
        assertThat(get.getString("vendorOrderStatus")).isEqualTo("AWAITING_SHIPMENT");

        account.api().put("/api/v1/settings/dropshipping", "{\"enabled\":true,\"vendorOrderStatus\":null}");
        assertThat(account.api().get("/api/v1/settings/dropshipping").isNull("vendorOrderStatus"))
                .isTrue();
    }

    @Test
    void theAcknowledgementDeadlineIsOneTo720HoursKeptWhenLeftOutAndClearedByNull() {
        var account = Api.signup("Deadline Settings Gems");
        String path = "/api/v1/settings/dropshipping";
        assertThat(account.api().get(path).isNull("acknowledgeWithinHours")).isTrue();

        var set = account.api()
                .put(path, "{\"enabled\":true,\"vendorOrderStatus\":\"NEW\",\"acknowledgeWithinHours\":24}");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(account.api().get(path).json().getInt("acknowledgeWithinHours"))
                .isEqualTo(24);

        for (String hours : List.of("0", "721", "-5")) {
            var bad = account.api()
                    .put(
                            path,
                            "{\"enabled\":false,\"vendorOrderStatus\":\"NEW\",\"acknowledgeWithinHours\":" + hours
                                    + "}");
            assertThat(bad.status()).as(hours + " → " + bad).isEqualTo(422);
            assertThat(bad.errorFields()).containsExactly("acknowledgeWithinHours");
        }
        var text = account.api()
                .put(path, "{\"enabled\":true,\"vendorOrderStatus\":\"NEW\",\"acknowledgeWithinHours\":\"a day\"}");
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.errorFields()).containsExactly("acknowledgeWithinHours");
        JsonObject kept = account.api().get(path).json();
        assertThat(kept.getBoolean("enabled")).as("nothing half-applied").isTrue();
        assertThat(kept.getInt("acknowledgeWithinHours")).isEqualTo(24);

        account.api().put(path, "{\"enabled\":true,\"vendorOrderStatus\":\"PROCESSING\"}");
        assertThat(account.api().get(path).json().getInt("acknowledgeWithinHours"))
                .as("a client that does not know the field keeps the deadline")
                .isEqualTo(24);
        account.api()
                .put(path, "{\"enabled\":true,\"vendorOrderStatus\":\"PROCESSING\",\"acknowledgeWithinHours\":null}");
        assertThat(account.api().get(path).isNull("acknowledgeWithinHours")).isTrue();
    }

    @Test
    void unknownStatusIsRefusedNamingTheFieldAndChangesNothing() {
        var account = Api.signup("Strict Gems");
        account.api().put("/api/v1/settings/dropshipping", "{\"enabled\":true,\"vendorOrderStatus\":\"NEW\"}");

        var bad = account.api()
                .put("/api/v1/settings/dropshipping", "{\"enabled\":false,\"vendorOrderStatus\":\"SHIPPED\"}");

        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.errorFields()).containsExactly("vendorOrderStatus");
        var kept = account.api().get("/api/v1/settings/dropshipping").json();
        assertThat(kept.getBoolean("enabled")).isTrue();
        assertThat(kept.getString("vendorOrderStatus")).isEqualTo("NEW");
    }

    @Test
    void enabledMustBeARealBoolean() {
        var account = Api.signup("Typed Gems");
        account.api().put("/api/v1/settings/dropshipping", "{\"enabled\":true,\"vendorOrderStatus\":\"NEW\"}");

        var missing = account.api().put("/api/v1/settings/dropshipping", "{\"vendorOrderStatus\":\"NEW\"}");
        var text = account.api()
                .put("/api/v1/settings/dropshipping", "{\"enabled\":\"yes\",\"vendorOrderStatus\":\"NEW\"}");

        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.errorFields()).containsExactly("enabled");
        assertThat(text.status())
                .as("a wrong JSON type is 400 (README, Hostile input)")
                .isEqualTo(400);
        assertThat(text.errorFields()).containsExactly("enabled");
        assertThat(account.api().get("/api/v1/settings/dropshipping").json().getBoolean("enabled"))
                .isTrue();
    }

    @Test
    void aSettingsChangeReachesTheLinkingModuleByEvent() throws InterruptedException {
        var account = Api.signup("Event Proof Boutique");

        account.api().put("/api/v1/settings/dropshipping", "{\"enabled\":true,\"vendorOrderStatus\":null}");

        // written by linking-module's observer of DropshippingSettingsChanged, after the commit
        List<JsonObject> fromLinking = awaitEntriesFrom(account, "linking", 1);
        assertThat(fromLinking)
                .singleElement()
                .satisfies(e -> assertThat(e.getString("message")).contains("run while dropshipping is on"));

        account.api().put("/api/v1/settings/dropshipping", "{\"enabled\":false,\"vendorOrderStatus\":null}");
        assertThat(awaitEntriesFrom(account, "linking", 2).get(0).getString("message"))
                .contains("paused");
    }

    @Test
    void aRefusedChangeFiresNoEvent() throws InterruptedException {
        var account = Api.signup("Rolled Back Gems");

        assertThat(account.api()
                        .put("/api/v1/settings/dropshipping", "{\"enabled\":true,\"vendorOrderStatus\":\"BOGUS\"}")
                        .status())
                .isEqualTo(422);
        account.api().put("/api/v1/settings/dropshipping", "{\"enabled\":true,\"vendorOrderStatus\":\"NEW\"}");

        assertThat(awaitEntriesFrom(account, "linking", 1)).hasSize(1);
    }

    private static List<JsonObject> awaitEntriesFrom(Api.Account account, String source, int atLeast)
            throws InterruptedException {
        return Waits.until(
                atLeast + " activity entries from " + source,
                () -> account
                        .api()
                        .get("/api/v1/account/activity")
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(e -> source.equals(e.getString("source")))
                        .toList(),
                found -> found.size() >= atLeast,
                Duration.ofSeconds(10));
    }
}
