package io.gemlink.tracking.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrackingNumbersTest {

    @ParameterizedTest(name = "{0} {1} is accepted")
    @CsvSource({
        "UPS, 1Z999AA10123456784",
        "UPS, 1Z5R89390357567127",
        "UPS, 1z879e930346834440",
        "UPS, 1Z 410E 7W03 9275 1591",
        "USPS, 9400111201080805483016",
        "USPS, 9361 2898 7870 0317 6337 95",
        "USPS, 03071790000523483741",
        "USPS, 71969010756003077385",
        "USPS, EE123456785US",
        "FEDEX, 986578788855",
        "FEDEX, 790535312317",
        "FEDEX, 041441760228964",
        "FEDEX, 61299998820821171811",
        "DHL_EXPRESS, 3318810025",
        "DHL_EXPRESS, 8487135506",
        "CANADA_POST, 0073938000549297",
        "CANADA_POST, RB123456785CA",
        "ROYAL_MAIL, RB123456785GB",
        "ROYAL_MAIL, RR987654326GB",
        "AUSTRALIA_POST, RB123456785AU",
        "AUSTRALIA_POST, 33PJZ5003101",
        "AUSTRALIA_POST, 7XB1234567890123456789A",
        "OTHER, anything goes #42",
    })
    void acceptsRealNumbers(String carrier, String number) {
        Carrier c = Carrier.valueOf(carrier);
        assertThat(c.accepts(c.normalize(number))).isTrue();
    }

    @ParameterizedTest(name = "{0} {1} is refused")
    @CsvSource({
        "UPS, 1Z999AA10123456785", // check digit
        "UPS, 2Z5R89390357567127", // prefix
        "UPS, 1Z5R8939035756712", // one short
        "UPS, 1Z1111111111111111",
        "USPS, 9400111201080805483017", // check digit
        "USPS, 03071790000523483742",
        "USPS, 9200000000000000000000",
        "USPS, 940011120108080548302", // 21 digits, check digit wrong
        "USPS, 12345",
        "USPS, EE123456786US", // S10 check digit
        "FEDEX, 996578788855",
        "FEDEX, 568283610012732",
        "FEDEX, 1234567890", // length
        "FEDEX, 98657878885A",
        "DHL_EXPRESS, 3318810034",
        "DHL_EXPRESS, 331881002",
        "DHL_EXPRESS, 1Z999AA10123456784",
        "CANADA_POST, 0073938000549292",
        "CANADA_POST, RB123456786CA",
        "ROYAL_MAIL, RB123456786GB",
        "ROYAL_MAIL, RB12345678GB",
        "ROYAL_MAIL, 0073938000549297",
        "AUSTRALIA_POST, 12345678901", // 11: too short
        "AUSTRALIA_POST, 33PJZ-5003101",
    })
    void refusesNumbersThatCannotBeTheCarriers(String carrier, String number) {
        Carrier c = Carrier.valueOf(carrier);
        assertThat(c.accepts(c.normalize(number))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"RB123456785GB, true", "EE000000000US, false", "EE000000005US, true"})
    void s10UsesTheUpuWeightsAndMapsTenToZeroAndElevenToFive(String number, boolean valid) {
        assertThat(TrackingNumbers.s10(number)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"'', false", "'   ', false"})
    void otherStillNeedsOneCharacter(String number, boolean valid) {
        assertThat(Carrier.OTHER.accepts(Carrier.OTHER.normalize(number))).isEqualTo(valid);
    }

    @org.junit.jupiter.api.Test
    void otherTakesUpTo64Characters() {
        assertThat(Carrier.OTHER.accepts("x".repeat(64))).isTrue();
        assertThat(Carrier.OTHER.accepts("x".repeat(65))).isFalse();
    }

    @org.junit.jupiter.api.Test
    void linksEncodeTheNumber() {
        assertThat(Carrier.UPS.trackingUrl("1Z999AA10123456784"))
                .isEqualTo("https://www.ups.com/track?tracknum=1Z999AA10123456784");
        assertThat(Carrier.OTHER.trackingUrl("x")).isNull();
    }
}
