package io.gemlink.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fault injection lives only in the integration tests' EAR (docs/orders.md, "Test-only faults"): core's
 * {@code OrderHooks} and {@code ShipmentHooks} are points with no implementation in any production module.
 */
class ProductionHasNoFaultHooksTest {

    private static final List<String> HOOKS =
            List.of("io.gemlink.orders.api.OrderHooks", "io.gemlink.tracking.api.ShipmentHooks");

    @Test
    void noProductionClassImplementsAFaultHook() {
        assertThat(HOOKS).allMatch(EachTableHasOneOwnerTest.CLASSES::contain);
        List<String> implementations = EachTableHasOneOwnerTest.CLASSES.stream()
                .filter(c -> !c.isInterface())
                .filter(c ->
                        c.getAllRawInterfaces().stream().map(JavaClass::getName).anyMatch(HOOKS::contains))
                .map(JavaClass::getName)
                .toList();
        assertThat(implementations)
                .as("production classes implementing a fault hook")
                .isEmpty();
    }
}
