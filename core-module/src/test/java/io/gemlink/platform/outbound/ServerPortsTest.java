package io.gemlink.platform.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerPortsTest {

    private static final Path DOMAIN = Path.of("src/test/resources/payara-domain.xml");

    @Test
    void readsTheListenersOfThisInstancesConfig() throws Exception {
        assertThat(ServerPorts.fromDomainXml(DOMAIN, "server", name -> null))
                .containsExactlyInAnyOrder(18080, 18181, 14848, 3700, 3820, 8686);
    }

    @Test
    void resolvesPortsNamedByProperties() throws Exception {
        assertThat(ServerPorts.fromDomainXml(DOMAIN, "instance1", Map.of("ASADMIN_LISTENER_PORT", "24848")::get))
                .containsExactlyInAnyOrder(28080, 24848);
    }

    @Test
    void outsidePayaraServerThereAreNone() {
        assertThat(System.getProperty("com.sun.aas.instanceRoot")).isNull();
        assertThat(ServerPorts.ofRunningServer()).isEmpty();
    }
}
