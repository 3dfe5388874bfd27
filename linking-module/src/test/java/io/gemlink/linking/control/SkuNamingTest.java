package io.gemlink.linking.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkuNamingTest {

    @Test
    void prefixesTheVendorSoThatTwoVendorsNeverCollide() {
        assertThat(SkuNaming.distributorSku("VG-100001", "R-1")).isEqualTo("VG-100001-R-1");
        assertThat(SkuNaming.distributorSku("VG-100002", "R-1"))
                .isNotEqualTo(SkuNaming.distributorSku("VG-100001", "R-1"));
    }

    @Test
    void longSkusAreCutToSixtyFourAndStayDistinct() {
        String a = SkuNaming.distributorSku("VG-100001", "X".repeat(60) + "A");
        String b = SkuNaming.distributorSku("VG-100001", "X".repeat(60) + "B");
        assertThat(a).hasSize(64);
        assertThat(b).hasSize(64);
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void unknownVendorUsesTheSource() {
        assertThat(SkuNaming.prefix(null, 42)).isEqualTo("S42");
    }
}
