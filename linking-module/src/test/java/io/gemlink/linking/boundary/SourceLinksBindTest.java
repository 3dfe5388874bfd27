package io.gemlink.linking.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import io.gemlink.catalog.api.LinkedProducts;
import io.gemlink.feeds.api.GrantDirectory;
import io.gemlink.feeds.api.LiveGrant;
import io.gemlink.linking.entity.ImportSource;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A run no longer aligns its products' vendor: binding does, when it changes the source's vendor (in-network
 * by a grant's token, or external again), and only then.
 */
class SourceLinksBindTest {

    private static final LiveGrant GRANT = new LiveGrant(3, 30, "Bridal", 77, "VG-100077");
    private final List<List<Object>> aligned = new ArrayList<>();
    private final SourceLinks links = new SourceLinks();

    @BeforeEach
    void wire() {
        links.grants = proxy(
                GrantDirectory.class,
                (method, args) -> method.equals("liveGrantForToken")
                        ? ("grant-token".equals(args[0]) ? Optional.of(GRANT) : Optional.empty())
                        : null);
        links.products = proxy(LinkedProducts.class, (method, args) -> {
            if (method.equals("alignVendor")) {
                aligned.add(Arrays.asList(args));
            }
            return null;
        });
    }

    @Test
    void anExternalSourceThatBecomesInNetworkTiesItsProductsToTheVendor() throws Exception {
        ImportSource source = stored(12);
        links.bind(source, "plain-token");
        assertThat(aligned).as("external and external: no change").isEmpty();

        links.bind(source, "grant-token");

        assertThat(aligned).containsExactly(List.of(5L, 12L, 77L, "VG-100077"));
    }

    @Test
    void bindingToTheSameVendorAgainWritesNothingAndLosingTheGrantUntiesTheProducts() throws Exception {
        ImportSource source = stored(12);
        links.bind(source, "grant-token");
        aligned.clear();

        links.bind(source, "grant-token");
        assertThat(aligned).isEmpty();

        links.bind(source, "plain-token");
        assertThat(aligned).containsExactly(Arrays.asList(5L, 12L, null, null));
    }

    @Test
    void aSourceNotStoredYetHasNoProductsToAlign() {
        links.bind(new ImportSource(5, Instant.now()), "grant-token");

        assertThat(aligned).isEmpty();
    }

    private static ImportSource stored(long id) throws Exception {
        ImportSource source = new ImportSource(5, Instant.now());
        Field field = ImportSource.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(source, id);
        return source;
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(
                type.getClassLoader(),
                new Class<?>[] {type},
                (p, method, args) -> answer.answer(method.getName(), args)));
    }
}
