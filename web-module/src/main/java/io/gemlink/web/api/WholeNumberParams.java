package io.gemlink.web.api;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * Whole-number query parameters ({@code ?page=}, {@code ?size=}, {@code ?limit=}) read strictly: text or a
 * number beyond the type is refused with 400 naming the parameter, where the runtime would quietly take the
 * default for {@code abc} and answer 404 for an overflow.
 */
@Provider
public class WholeNumberParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != Integer.class && rawType != Long.class) {
            return null;
        }
        String name = null;
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                name = q.value();
            }
        }
        if (name == null) {
            return null;
        }
        boolean isInt = rawType == Integer.class;
        return (ParamConverter<T>) new Converter(
                name, isInt ? Integer.MIN_VALUE : Long.MIN_VALUE, isInt ? Integer.MAX_VALUE : Long.MAX_VALUE, isInt);
    }

    private record Converter(String name, long min, long max, boolean isInt) implements ParamConverter<Number> {

        @Override
        public Number fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String v = value.trim();
            if (v.matches("[-+]?\\d{1,19}")) {
                BigDecimal n = new BigDecimal(v);
                if (n.compareTo(BigDecimal.valueOf(min)) >= 0 && n.compareTo(BigDecimal.valueOf(max)) <= 0) {
                    return isInt ? (Number) n.intValueExact() : (Number) n.longValueExact();
                }
            }
            throw new MalformedInput(name, "must be a whole number");
        }

        @Override
        public String toString(Number value) {
            return value == null ? null : value.toString();
        }
    }
}
