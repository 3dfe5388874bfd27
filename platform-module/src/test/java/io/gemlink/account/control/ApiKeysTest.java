package io.gemlink.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiKeysTest {

    @Test
    void newKeysAreLongRandomAndPrefixed() {
        String a = ApiKeys.newKey();
        String b = ApiKeys.newKey();
        assertThat(a)
                .startsWith(ApiKeys.PREFIX)
                .hasSize(ApiKeys.PREFIX.length() + 43)
                .isNotEqualTo(b);
    }

    @Test
    void hashIsStableHexAndNeverTheKey() {
        String key = ApiKeys.newKey();
        assertThat(ApiKeys.hash(key))
                .isEqualTo(ApiKeys.hash(key))
                .hasSize(64)
                .matches("[0-9a-f]+")
                .doesNotContain(key);
        assertThat(ApiKeys.hash(key + "x")).isNotEqualTo(ApiKeys.hash(key));
    }
}
