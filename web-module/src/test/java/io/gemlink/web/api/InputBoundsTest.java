package io.gemlink.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gemlink.platform.api.FieldError;
import io.gemlink.platform.api.PageRequest;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;

/** Paging, whole-number parameters and body sizes: refused where they leave their bounds, never overflowed. */
class InputBoundsTest {

    @Test
    void pagingOutOfRangeIsRefusedNamingTheParameter() {
        assertThat(catchThrowableOfType(MalformedInput.class, () -> Paging.of(-1, 501))
                        .errors())
                .containsExactly(
                        new FieldError("page", "must be from 0 to 100000"),
                        new FieldError("size", "must be from 1 to 500"));
        assertThat(catchThrowableOfType(MalformedInput.class, () -> Paging.of(Integer.MAX_VALUE, Integer.MAX_VALUE))
                        .errors())
                .extracting(FieldError::field)
                .containsExactly("page", "size");
        assertThat(Paging.of(null, null)).isEqualTo(new PageRequest(0, 50));
        assertThat(Paging.of(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE).offset())
                .isEqualTo(50_000_000);
    }

    @Test
    void clampedPagingNeverOverflowsTheOffset() {
        assertThat(PageRequest.of(Integer.MAX_VALUE, Integer.MAX_VALUE).offset())
                .isEqualTo(100_000 * 500);
        assertThat(PageRequest.of(-5, 0)).isEqualTo(new PageRequest(0, 50));
    }

    @Test
    void wholeNumberQueryParametersAreReadStrictly() {
        ParamConverter<Integer> page =
                new WholeNumberParams().getConverter(Integer.class, Integer.class, new Annotation[] {query("page")});

        assertThat(page.fromString("7")).isEqualTo(7);
        assertThat(page.fromString("")).isNull();
        for (String bad : new String[] {"99999999999999999999", "2147483648", "abc", "1.5", "1e3", "%00"}) {
            assertThat(catchThrowableOfType(MalformedInput.class, () -> page.fromString(bad))
                            .errors())
                    .as(bad)
                    .containsExactly(new FieldError("page", "must be a whole number"));
        }
        assertThat(new WholeNumberParams().getConverter(Integer.class, Integer.class, new Annotation[0]))
                .isNull();
    }

    @Test
    void aBodyEndsWhereItCrossesItsLimit() throws IOException {
        InputStream exact = new LimitedInputStream(new ByteArrayInputStream(new byte[100]), 100);
        assertThat(exact.readAllBytes()).hasSize(100);

        InputStream over = new LimitedInputStream(new ByteArrayInputStream(new byte[101]), 100);
        assertThatThrownBy(over::readAllBytes)
                .isInstanceOf(PayloadTooLarge.class)
                .hasMessageContaining("100 bytes");
        assertThatThrownBy(over::read).isInstanceOf(PayloadTooLarge.class);
    }

    @Test
    void theRestOfAnOversizedBodyIsDroppedUpToTheLimitAgain() {
        ByteArrayInputStream twice = new ByteArrayInputStream(new byte[200]);
        assertThatThrownBy(() -> new LimitedInputStream(twice, 100).readAllBytes())
                .isInstanceOf(PayloadTooLarge.class);
        assertThat(twice.available()).isZero();

        ByteArrayInputStream huge = new ByteArrayInputStream(new byte[1000]);
        assertThatThrownBy(() -> new LimitedInputStream(huge, 100).readAllBytes())
                .isInstanceOf(PayloadTooLarge.class);
        assertThat(huge.available()).isEqualTo(1000 - 201);
    }

    @Test
    void limitsAreShownInWordsOnTheUploadPages() {
        assertThat(InputLimits.readable(67_108_864)).isEqualTo("64 MiB");
        assertThat(InputLimits.readable(2048)).isEqualTo("2 KiB");
        assertThat(InputLimits.readable(1000)).isEqualTo("1000 bytes");
    }

    @Test
    void problemsCarryStatusTitleAndFields() {
        String json = Problems.json(413, "too big", null);
        assertThat(json)
                .contains("\"title\":\"Content Too Large\"", "\"status\":413")
                .doesNotContain("errors");
        assertThat(Problems.json(400, "d", java.util.List.of(new FieldError("page", "bad"))))
                .contains("\"errors\":[{\"field\":\"page\",\"message\":\"bad\"}]");
    }

    private static QueryParam query(String name) {
        return new QueryParam() {
            @Override
            public String value() {
                return name;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return QueryParam.class;
            }
        };
    }
}
