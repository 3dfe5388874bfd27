package io.gemlink.tracking.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gemlink.platform.api.BadInputException;
import io.gemlink.platform.api.FieldError;
import io.gemlink.tracking.api.ShipmentRequest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ShipmentRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final LocalDate PLACED = LocalDate.of(2026, 11, 20);

    @Test
    void normalizesAGoodShipmentAndBuildsItsLink() {
        var checked = ShipmentRules.check(
                new ShipmentRequest("ups", " 1Z 999 AA1 0123 4567 84 ", "2026-11-27", " gift "), PLACED, TODAY);
        assertThat(checked.carrier()).isEqualTo(Carrier.UPS);
        assertThat(checked.trackingNumber()).isEqualTo("1Z999AA10123456784");
        assertThat(checked.sendDate()).isEqualTo(TODAY);
        assertThat(checked.extendedField1()).isEqualTo("gift");
        assertThat(checked.trackingUrl()).endsWith("1Z999AA10123456784");
    }

    @Test
    void carrierDisplayNamesAreUnderstoodToo() {
        assertThat(ShipmentRules.check(
                                new ShipmentRequest("Royal Mail", "RB123456785GB", "2026-11-26", null), PLACED, TODAY)
                        .carrier())
                .isEqualTo(Carrier.ROYAL_MAIL);
    }

    @Test
    void namesEveryMissingFieldAtOnce() {
        assertThat(fields(new ShipmentRequest(null, " ", null, null)))
                .containsExactly("carrier", "trackingNumber", "sendDate");
    }

    @Test
    void refusesAnUnknownCarrierNamingTheKnownOnes() {
        var e = refused(new ShipmentRequest("Pony Express", "123", "2026-11-27", null));
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("carrier");
        assertThat(e.errors().get(0).message()).contains("UPS", "AUSTRALIA_POST", "OTHER");
    }

    @Test
    void refusesANumberThatCannotBeTheCarriersSayingWhatItExpects() {
        var e = refused(new ShipmentRequest("UPS", "1Z999AA10123456785", "2026-11-27", null));
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("trackingNumber");
        assertThat(e.errors().get(0).message()).contains("not a UPS tracking number", "1Z");
    }

    @Test
    void refusesDatesThatAreNotRealOrNotIsoOrTooFarAheadOrBeforeTheOrder() {
        assertThat(message("2026-02-30")).contains("not a date");
        assertThat(message("27/11/2026")).contains("not a date");
        assertThat(message("2026-11-27T10:00:00Z")).contains("not a date");
        assertThat(message("2026-12-01")).contains("future");
        assertThat(message("2026-11-18")).contains("before the order");
    }

    @Test
    void acceptsTheDayBeforeTheOrderAndAFewDaysAhead() {
        assertThat(ShipmentRules.check(new ShipmentRequest("OTHER", "x", "2026-11-19", null), PLACED, TODAY)
                        .sendDate())
                .isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(ShipmentRules.check(new ShipmentRequest("OTHER", "x", "2026-11-30", null), PLACED, TODAY)
                        .sendDate())
                .isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void refusesAnOverlongExtendedField() {
        assertThat(fields(new ShipmentRequest("OTHER", "x", "2026-11-27", "y".repeat(256))))
                .containsExactly("extendedField1");
    }

    private static String message(String date) {
        var e = refused(new ShipmentRequest("OTHER", "parcel-1", date, null));
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("sendDate");
        return e.errors().get(0).message();
    }

    private static java.util.List<String> fields(ShipmentRequest request) {
        return refused(request).errors().stream().map(FieldError::field).toList();
    }

    private static BadInputException refused(ShipmentRequest request) {
        BadInputException e =
                catchThrowableOfType(BadInputException.class, () -> ShipmentRules.check(request, PLACED, TODAY));
        assertThat(e).as("refused").isNotNull();
        return e;
    }
}
