package io.gemlink.orders.boundary;

import static io.gemlink.orders.api.OrderStatus.PROCESSING;
import static org.assertj.core.api.Assertions.assertThat;

import io.gemlink.account.api.DropshippingSettingsView;
import org.junit.jupiter.api.Test;

class DropshipReadinessTest {

    private static final DropshippingSettingsView ON = new DropshippingSettingsView(true, null);
    private static final DropshippingSettingsView OFF = new DropshippingSettingsView(false, PROCESSING);

    @Test
    void flowsWhenBothAreOnAndTheVendorChoseAStatus() {
        assertThat(DropshipReadiness.reason(ON, new DropshippingSettingsView(true, PROCESSING)))
                .isEmpty();
    }

    @Test
    void skipsMirroringWhenVendorHasNoStatus() {
        assertThat(DropshipReadiness.reason(ON, ON)).contains("the vendor has chosen no status for dropship orders");
    }

    @Test
    void skipsMirroringWhenEitherModuleIsOff() {
        assertThat(DropshipReadiness.reason(OFF, new DropshippingSettingsView(true, PROCESSING)))
                .contains("the distributor's dropshipping module is off");
        assertThat(DropshipReadiness.reason(ON, OFF)).contains("the vendor's dropshipping module is off");
    }
}
