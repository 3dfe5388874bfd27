package io.gemlink.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Signup, API keys, the tenant guard and error answers of the partner API, on the real server and database. */
@ExtendWith(ArquillianExtension.class)
class AccountApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void signupGivesAKeyThatOpensTheAccount() {
        var signup = Api.anonymous()
                .post(
                        "/api/v1/accounts",
                        "{\"name\":\"Valentina Gold\",\"email\":\"v-" + System.nanoTime()
                                + "@example.com\",\"password\":\"s3cret-pass\"}");

        assertThat(signup.status()).isEqualTo(201);
        var body = signup.json();
        assertThat(body.getString("publicId")).matches("VG-1\\d{5,}");
        assertThat(body.getString("apiKey")).startsWith("glk_");

        var account = Api.withKey(body.getString("apiKey")).get("/api/v1/account");
        assertThat(account.status()).isEqualTo(200);
        assertThat(account.json().getString("publicId")).isEqualTo(body.getString("publicId"));
        assertThat(account.json().getString("name")).isEqualTo("Valentina Gold");
        assertThat(account.json().getJsonNumber("id").longValue())
                .isEqualTo(body.getJsonNumber("id").longValue());
        assertThat(account.body()).doesNotContain("apiKey");
    }

    @Test
    void missingOrWrongKeyIs401ProblemJson() {
        var missing = Api.anonymous().get("/api/v1/account");
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().getInt("status")).isEqualTo(401);

        var wrong =
                Api.withKey("glk_thisKeyWasNeverIssuedByGemlinkAtAll0000000000").get("/api/v1/account");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(Api.withKey("not-even-a-key")
                        .get("/api/v1/settings/dropshipping")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void badSignupNamesEachField() {
        var r = Api.anonymous().post("/api/v1/accounts", "{\"name\":\"\",\"email\":\"nope\",\"password\":\"short\"}");

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.errorFields()).containsExactly("name", "email", "password");
    }

    @Test
    void signupWithoutPasswordNamesPassword() {
        var r = Api.anonymous()
                .post(
                        "/api/v1/accounts",
                        "{\"name\":\"Shop\",\"email\":\"shop-" + System.nanoTime() + "@example.com\"}");

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.errorFields()).containsExactly("password");
    }

    @Test
    void malformedJsonIs400NotServerError() {
        var r = Api.anonymous().post("/api/v1/accounts", "{\"name\": ");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.errorFields()).containsExactly("body");
    }

    @Test
    void theSameEmailCannotSignUpTwice() {
        var first = Api.signup("Aurora Fine Jewelry");

        var again = Api.anonymous()
                .post(
                        "/api/v1/accounts",
                        Json.createObjectBuilder()
                                .add("name", "Someone Else")
                                .add("email", first.email().toUpperCase())
                                .add("password", "another-pass")
                                .build()
                                .toString());

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorFields()).containsExactly("email");
    }

    @Test
    void anotherAccountsDataIsNotFound() {
        var vendor = Api.signup("Vendor One");
        var stranger = Api.signup("Stranger Shop");
        var entries = vendor.api().get("/api/v1/account/activity").json().getJsonArray("items");
        assertThat(entries).isNotEmpty();
        long vendorEntryId = entries.getJsonObject(0).getJsonNumber("id").longValue();

        assertThat(vendor.api().get("/api/v1/account/activity/" + vendorEntryId).status())
                .isEqualTo(200);
        var foreign = stranger.api().get("/api/v1/account/activity/" + vendorEntryId);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body()).doesNotContain("Vendor One");
        assertThat(stranger.api().get("/api/v1/account/activity").body()).doesNotContain(vendor.email());
    }
}
