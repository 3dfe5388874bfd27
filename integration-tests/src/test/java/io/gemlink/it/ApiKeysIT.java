package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** docs/api.md "API keys": list without the key, create shown once, delete refused at once, never another account's. */
@ExtendWith(ArquillianExtension.class)
class ApiKeysIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theSignupKeyIsListedAsDefaultWithoutTheKey() {
        var account = Api.signup("Listed Keys Gems");

        var list = account.api().get("/api/v1/api-keys");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.jsonArray()).hasSize(1);
        JsonObject key = list.jsonArray().getJsonObject(0);
        assertThat(key.keySet()).containsExactlyInAnyOrder("id", "name", "createdAt", "lastUsedAt");
        assertThat(key.getString("name")).isEqualTo("default");
        assertThat(list.body()).doesNotContain(account.api().apiKey()).doesNotContain("glk_");
    }

    @Test
    void aNewKeyIsShownOnceWorksAndIsRefusedAtOnceWhenDeleted() {
        var account = Api.signup("Rotating Keys Gems");

        var created = account.api().post("/api/v1/api-keys", "{\"name\":\"Shopify sync\"}");
        assertThat(created.status()).isEqualTo(201);
        JsonObject body = created.json();
        assertThat(body.keySet()).containsExactlyInAnyOrder("id", "name", "key");
        assertThat(body.getString("name")).isEqualTo("Shopify sync");
        String key = body.getString("key");
        long id = body.getJsonNumber("id").longValue();
        assertThat(key).startsWith("glk_").hasSizeGreaterThan(40);

        var withNewKey = Api.withKey(key);
        for (int i = 0; i < 3; i++) { // used, so that anything that would cache it has it
            assertThat(withNewKey.get("/api/v1/account").json().getString("publicId"))
                    .isEqualTo(account.publicId());
        }
        var listed = account.api().get("/api/v1/api-keys").jsonArray().getValuesAs(JsonObject.class);
        assertThat(listed).extracting(k -> k.getString("name")).containsExactly("Shopify sync", "default");
        assertThat(account.api().get("/api/v1/api-keys").body()).doesNotContain(key);
        assertThat(withNewKey.get("/api/v1/api-keys/" + id).json().getString("name"))
                .isEqualTo("Shopify sync");

        var deleted = account.api().delete("/api/v1/api-keys/" + id);
        assertThat(deleted.status()).isEqualTo(204);

        var refused = withNewKey.get("/api/v1/account");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(withNewKey.get("/api/v1/api-keys").status()).isEqualTo(401);
        assertThat(account.api().get("/api/v1/api-keys").jsonArray().getValuesAs(JsonObject.class))
                .extracting(k -> k.getString("name"))
                .containsExactly("default");
        assertThat(account.api().delete("/api/v1/api-keys/" + id).status()).isEqualTo(404);
        assertThat(account.api().get("/api/v1/account").status()).isEqualTo(200); // the other key lives on
    }

    @Test
    void aKeyCanDeleteItself() {
        var account = Api.signup("Self Deleting Gems");
        long own = account.api()
                .get("/api/v1/api-keys")
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        assertThat(account.api().delete("/api/v1/api-keys/" + own).status()).isEqualTo(204);

        assertThat(account.api().get("/api/v1/account").status()).isEqualTo(401);
    }

    @Test
    void anotherAccountsKeyIsNotFoundAndStaysAlive() {
        var owner = Api.signup("Key Owner Gems");
        var stranger = Api.signup("Key Stranger Shop");
        long ownersKey = owner.api()
                .get("/api/v1/api-keys")
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        var peek = stranger.api().get("/api/v1/api-keys/" + ownersKey);
        var delete = stranger.api().delete("/api/v1/api-keys/" + ownersKey);

        assertThat(peek.status()).isEqualTo(404);
        assertThat(delete.status()).isEqualTo(404);
        assertThat(delete.body()).doesNotContain("Key Owner Gems");
        assertThat(stranger.api().get("/api/v1/api-keys").jsonArray()).hasSize(1);
        assertThat(stranger.api().get("/api/v1/api-keys").body()).doesNotContain("\"id\":" + ownersKey + ",");
        assertThat(owner.api().get("/api/v1/account").status()).isEqualTo(200);
    }

    @Test
    void aKeyNeedsAName() {
        var account = Api.signup("Nameless Keys Gems");

        var blank = account.api().post("/api/v1/api-keys", "{\"name\":\"  \"}");
        var tooLong = account.api().post("/api/v1/api-keys", "{\"name\":\"" + "x".repeat(101) + "\"}");

        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.errorFields()).containsExactly("name");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(account.api().get("/api/v1/api-keys").jsonArray()).hasSize(1);
    }

    @Test
    void lastUsedAtIsSetByUseAndWrittenAtMostOnceAMinute() {
        var account = Api.signup("Used Keys Gems");
        var created =
                account.api().post("/api/v1/api-keys", "{\"name\":\"watched\"}").json();
        var watched = Api.withKey(created.getString("key"));
        long id = created.getJsonNumber("id").longValue();
        assertThat(account.api().get("/api/v1/api-keys/" + id).isNull("lastUsedAt"))
                .isTrue();

        watched.get("/api/v1/account");
        String first = account.api().get("/api/v1/api-keys/" + id).json().getString("lastUsedAt");
        watched.get("/api/v1/account");
        watched.get("/api/v1/account");

        assertThat(Instant.parse(first)).isAfter(Instant.now().minusSeconds(120));
        assertThat(account.api().get("/api/v1/api-keys/" + id).json().getString("lastUsedAt"))
                .isEqualTo(first);
        assertThat(Db.text("SELECT last_used_at FROM api_key WHERE id = ?", id)).isNotNull();
    }

    @Test
    void theOpenApiDocumentDescribesTheKeyRoutes() {
        var doc = Api.anonymous().get("/openapi");

        assertThat(doc.body()).contains("/api/v1/api-keys:", "/api/v1/api-keys/{id}:", "ApiKeyView", "ApiKeyCreated");
        assertThat(List.of(doc.status())).containsExactly(200);
    }
}
