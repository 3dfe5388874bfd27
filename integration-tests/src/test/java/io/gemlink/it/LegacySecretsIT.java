package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A secret stored before secrets were sealed (V10 marks such values "plain:") still works, and the
 * owning module seals it at its next start: the column then holds no plain secret.
 */
@ExtendWith(ArquillianExtension.class)
class LegacySecretsIT {

    private static final String EAR = "gemlink";

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = EAR, managed = false, testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aPlainSecretFromBeforeIsSealedAtTheNextStart() throws Exception {
        deployer.deploy(EAR);
        try {
            var shop = Api.signup("Legacy Secret Boutique");
            String secret = "shpss_legacy_" + UUID.randomUUID().toString().replace("-", "");
            assertThat(shop.api()
                            .put("/api/v1/settings/channels/shopify", "{\"webhookSecret\":\"unused-for-now-123\"}")
                            .status())
                    .isEqualTo(204);
            // what V10 leaves of a secret stored in plain text before it
            assertThat(Db.update(
                            "UPDATE channel_settings SET shopify_webhook_secret = ? WHERE account_id = ?",
                            "plain:" + secret,
                            shop.id()))
                    .isEqualTo(1);
            byte[] payload = OrderIntakeIT.shopifyPayload();
            String url = "/webhooks/shopify/" + shop.publicId() + "/orders";
            assertThat(OrderIntakeIT.webhook(
                                    url, payload, OrderIntakeIT.hmac(secret, payload), "wh-" + UUID.randomUUID())
                            .statusCode())
                    .as("read as it was until sealed")
                    .isEqualTo(200);

            deployer.undeploy(EAR);
            deployer.deploy(EAR);

            String stored =
                    Db.text("SELECT shopify_webhook_secret FROM channel_settings WHERE account_id = ?", shop.id());
            SecretsAtRestIT.assertSealed(stored, secret);
            assertThat(OrderIntakeIT.webhook(
                                    url, payload, OrderIntakeIT.hmac(secret, payload), "wh-" + UUID.randomUUID())
                            .statusCode())
                    .isEqualTo(200);
        } finally {
            deployer.undeploy(EAR);
        }
    }
}
