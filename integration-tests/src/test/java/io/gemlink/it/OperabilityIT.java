package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What an operator and a partner's developer rely on: health, OpenAPI, carriers. */
@ExtendWith(ArquillianExtension.class)
class OperabilityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void healthReportsTheDatabase() {
        var health = Api.anonymous().get("/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().getString("status")).isEqualTo("UP");
        assertThat(health.body()).contains("\"database\"").containsIgnoringCase("mariadb");
    }

    @Test
    void openApiDescribesEveryRouteWithSchemas() {
        var doc = Api.anonymous().get("/openapi");

        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.body())
                .contains(
                        "/api/v1/accounts:",
                        "/api/v1/account:",
                        "/api/v1/account/activity:",
                        "/api/v1/settings/dropshipping:",
                        "/api/v1/carriers:",
                        "/api/v1/orders:",
                        "/api/v1/shipments/bulk:",
                        "/api/v1/import-sources:",
                        "/api/v1/feeds/{id}/grants:",
                        "/feeds/{id}:",
                        "/webhooks/shopify/{accountPublicId}/orders:");
        assertThat(doc.body())
                .contains("SignupRequest", "SignupAnswer", "DropshippingSettingsView", "publicId", "vendorOrderStatus");
    }

    @Test
    void carriersCarryTrackingUrls() {
        var account = Api.signup("Carrier Check");

        var carriers = account.api().get("/api/v1/carriers").jsonArray();

        assertThat(carriers).hasSizeGreaterThanOrEqualTo(8);
        assertThat(carriers.toString()).contains("\"UPS\"", "DHL_EXPRESS", "ROYAL_MAIL", "{number}");
    }
}
