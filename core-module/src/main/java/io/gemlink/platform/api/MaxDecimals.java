package io.gemlink.platform.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * At most {@link #value} decimals, trailing zeros not counted ({@code 10.500} has one): unlike {@code @Digits},
 * which counts them, so that a CSV cell or a form field written {@code 10.00} stays a price. Null is valid.
 */
@Documented
@Constraint(validatedBy = MaxDecimals.Check.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MaxDecimals {

    int value();

    String message() default "must have at most {value} decimals";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check of {@link MaxDecimals}. */
    class Check implements ConstraintValidator<MaxDecimals, BigDecimal> {

        private int decimals;

        @Override
        public void initialize(MaxDecimals annotation) {
            decimals = annotation.value();
        }

        @Override
        public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
            return value == null || value.stripTrailingZeros().scale() <= decimals;
        }
    }
}
