package io.gemlink.platform.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Literal addresses only: nothing here asks DNS or connects anywhere. */
class AddressRulesTest {

    private static final Set<Integer> OWN_PORTS = Set.of(8080, 8181, 4848);
    private static final InetAddress THIS_MACHINE = ip("192.0.2.2");
    private static final AddressRules DEFAULT = rules();

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, loopback",
        "127.0.0.2, loopback",
        "127.255.255.254, loopback",
        "::1, loopback",
        "169.254.169.254, link-local",
        "169.254.0.1, link-local",
        "fe80::1, link-local",
        "febf::1, link-local",
        "10.0.0.1, private",
        "10.255.255.255, private",
        "172.16.0.1, private",
        "172.31.255.255, private",
        "192.168.0.1, private",
        "192.168.255.255, private",
        "100.64.0.1, private",
        "fc00::1, private",
        "fd12:3456::1, private",
        "0.0.0.0, unspecified",
        "0.1.2.3, unspecified",
        "::, unspecified",
        "224.0.0.1, multicast",
        "239.255.255.250, multicast",
        "ff02::1, multicast",
        "240.0.0.1, reserved",
        "255.255.255.255, reserved"
    })
    void refusesInwardAddressesNamingTheirKind(String address, String kind) {
        assertThatThrownBy(() -> DEFAULT.check(ip(address), 443))
                .isInstanceOf(AddressNotAllowedException.class)
                .hasMessage("address not allowed: a " + kind + " address");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "93.184.216.34",
                "8.8.8.8",
                "172.32.0.1",
                "172.15.255.255",
                "192.169.0.1",
                "100.128.0.1",
                "11.0.0.1",
                "2606:4700:4700::1111",
                "2001:db8::1"
            })
    void allowsPublicAddresses(String address) {
        assertThatCode(() -> DEFAULT.check(ip(address), 443)).doesNotThrowAnyException();
    }

    @Test
    void aPublicAddressMayUseAnyPortEvenOneThatIsOursLocally() {
        assertThatCode(() -> DEFAULT.check(ip("93.184.216.34"), 8080)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, loopback",
        "169.254.169.254, link-local",
        "10.0.0.1, private",
        "192.168.1.1, private",
        "0.0.0.0, unspecified"
    })
    void refusesIpv4InsideIpv6Forms(String ipv4, String kind) throws Exception {
        byte[] v4 = InetAddress.getByName(ipv4).getAddress();
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(v4, 0, mapped, 12, 4);
        byte[] nat64 = {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0, v4[0], v4[1], v4[2], v4[3]};
        // Inet6Address.getByAddress keeps the IPv6 form (InetAddress.getByName would convert a mapped one)
        for (byte[] form : List.of(mapped, nat64)) {
            InetAddress v6 = Inet6Address.getByAddress(null, form, -1);
            assertThat(v6).isInstanceOf(Inet6Address.class);
            assertThatThrownBy(() -> DEFAULT.check(v6, 443)).hasMessageContaining(kind);
        }
        assertThatThrownBy(() -> DEFAULT.check(ip("::ffff:" + ipv4), 443)).hasMessageContaining(kind);
    }

    @Test
    void refusesTheIpv4CompatibleFormOfLoopback() throws Exception {
        byte[] compatible = new byte[16];
        compatible[12] = 127;
        compatible[15] = 1;
        assertThatThrownBy(() -> DEFAULT.check(Inet6Address.getByAddress(null, compatible, -1), 80))
                .hasMessageContaining("loopback");
    }

    @Test
    void refusesThisMachinesOwnAddressesOnAnyPort() {
        assertThatThrownBy(() -> DEFAULT.check(THIS_MACHINE, 22))
                .hasMessage("address not allowed: an address of this server");
    }

    @Test
    void allowedNetworksOpenTheirAddressesButNeverThisServersOwnPorts() {
        AddressRules rules = rules("127.0.0.2/32", "10.0.0.0/8", "fd00::/8", "192.0.2.0/24");
        assertThatCode(() -> rules.check(ip("127.0.0.2"), 43210)).doesNotThrowAnyException();
        assertThatCode(() -> rules.check(ip("::ffff:127.0.0.2"), 43210)).doesNotThrowAnyException();
        assertThatCode(() -> rules.check(ip("10.20.30.40"), 9000)).doesNotThrowAnyException();
        assertThatCode(() -> rules.check(ip("fd00::2"), 9000)).doesNotThrowAnyException();
        assertThatCode(() -> rules.check(THIS_MACHINE, 9000)).doesNotThrowAnyException();
        assertThatCode(() -> rules.check(ip("127.0.0.2"), -1))
                .as("a DNS answer, port not known yet")
                .doesNotThrowAnyException();

        assertThatThrownBy(() -> rules.check(ip("127.0.0.1"), 43210)).hasMessageContaining("loopback");
        assertThatThrownBy(() -> rules.check(ip("169.254.169.254"), 80)).hasMessageContaining("link-local");
        assertThatThrownBy(() -> rules.check(ip("192.168.0.1"), 80)).hasMessageContaining("private");
        for (int port : OWN_PORTS) {
            assertThatThrownBy(() -> rules.check(ip("127.0.0.2"), port))
                    .hasMessage("address not allowed: port " + port + " of this server");
            assertThatThrownBy(() -> rules.check(ip("10.1.1.1"), port)).hasMessageContaining("of this server");
            assertThatThrownBy(() -> rules.check(THIS_MACHINE, port)).hasMessageContaining("of this server");
        }
    }

    @Test
    void checkUrlRefusesHostsThatResolveInward() {
        AddressRules rules = rules("127.0.0.2/32");
        // literals and localhost (the hosts file): no DNS server is asked
        for (String url : List.of(
                "http://127.0.0.1:9000/feed",
                "http://[::1]:9000/feed",
                "http://0.0.0.0:9000/feed",
                "http://localhost:9000/feed",
                "http://169.254.169.254/latest/meta-data/",
                "https://10.0.0.1/x",
                "http://[::ffff:169.254.169.254]/latest/meta-data/",
                "http://[fe80::1]/",
                "http://127.0.0.2:8080/feeds/1",
                "http://127.0.0.2:4848/")) {
            assertThatThrownBy(() -> rules.checkUrl(url)).as(url).isInstanceOf(AddressNotAllowedException.class);
        }
        assertThatCode(() -> rules.checkUrl("http://127.0.0.2:9000/feed")).doesNotThrowAnyException();
        assertThatCode(() -> rules.checkUrl("https://93.184.216.34/feed")).doesNotThrowAnyException();
    }

    @Test
    void cidrsAreLiteralNetworks() {
        assertThat(Cidr.parse("10.0.0.0/8").contains(ip("10.255.0.1"))).isTrue();
        assertThat(Cidr.parse("10.0.0.0/8").contains(ip("11.0.0.1"))).isFalse();
        assertThat(Cidr.parse("172.16.0.0/12").contains(ip("172.31.1.1"))).isTrue();
        assertThat(Cidr.parse("172.16.0.0/12").contains(ip("172.32.1.1"))).isFalse();
        assertThat(Cidr.parse(" 127.0.0.2 ").contains(ip("127.0.0.2"))).isTrue();
        assertThat(Cidr.parse("127.0.0.2").contains(ip("127.0.0.3"))).isFalse();
        assertThat(Cidr.parse("fd00::/8").contains(ip("fdff::1"))).isTrue();
        assertThat(Cidr.parse("fd00::/8").contains(ip("10.0.0.1"))).isFalse();
        assertThat(Cidr.parse("0.0.0.0/0").contains(ip("8.8.8.8"))).isTrue();
        for (String bad : List.of("intranet.example/8", "10.0.0.0/33", "10.0.0/8", "10.0.0.0/x", "fd00::/129")) {
            assertThatThrownBy(() -> Cidr.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static AddressRules rules(String... allowed) {
        return new AddressRules(List.of(allowed).stream().map(Cidr::parse).toList(), OWN_PORTS, THIS_MACHINE::equals);
    }

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal); // a literal: parsed, never looked up
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
