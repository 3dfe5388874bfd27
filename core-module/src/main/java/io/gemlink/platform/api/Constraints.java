package io.gemlink.platform.api;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorContext;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.ElementType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Bean Validation for the request records of the {@code *.api} packages: required fields, lengths and ranges
 * are constraints on the record ({@code @NotBlank}, {@code @Size}, {@code @Min} …, with the message partners
 * read); the {@code *Rules} classes add only what a constraint cannot say (check digits, date windows,
 * cross-field rules) and refuse everything at once with {@link BadInputException} (422). Each field is named
 * as the partner sent it, {@code lines[2].sku}, in the order the record declares them; a field a constraint
 * refused gets no second error (the first constraint's, "is required" before the others).
 */
public final class Constraints {

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[]+)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private Constraints() {}

    /**
     * The record's broken constraints and what the caller's own rules found, ordered (none: an empty list).
     *
     * @param more what the caller's own rules found, named the same way
     */
    public static List<FieldError> errors(Object request, List<FieldError> more) {
        return merge(request.getClass(), violationsOf(request), more);
    }

    /**
     * Refuses the request when a constraint or one of the caller's own checks is broken.
     *
     * @param more what the caller's own rules found, named the same way
     * @throws BadInputException naming every offending field
     */
    public static void check(Object request, List<FieldError> more) {
        List<FieldError> errors = errors(request, more);
        if (!errors.isEmpty()) {
            throw new BadInputException(errors);
        }
    }

    /** A violation's property path as partners name fields: {@code lines[2].sku}, {@code tags[0]}. */
    public static String field(Path path) {
        StringBuilder at = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                at.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                at.append('[').append(node.getKey()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                at.append(at.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return at.isEmpty() ? "body" : at.toString();
    }

    private static List<FieldError> violationsOf(Object request) {
        List<ConstraintViolation<Object>> violations =
                new ArrayList<>(Holder.validator().validate(request));
        // "is required" before what else the same field breaks; the rest in a stable order
        violations.sort(Comparator.comparing((ConstraintViolation<Object> v) -> !required(v))
                .thenComparing(ConstraintViolation::getMessage));
        return violations.stream()
                .map(v -> new FieldError(field(v.getPropertyPath()), v.getMessage()))
                .toList();
    }

    private static boolean required(ConstraintViolation<?> v) {
        Class<?> type = v.getConstraintDescriptor().getAnnotation().annotationType();
        return type == NotNull.class || type == NotBlank.class || type == NotEmpty.class;
    }

    /** One constraint error per field, then the caller's errors for other fields; in declaration order. */
    private static List<FieldError> merge(Class<?> root, List<FieldError> constraints, List<FieldError> more) {
        Map<String, FieldError> first = new LinkedHashMap<>();
        constraints.forEach(e -> first.putIfAbsent(e.field(), e));
        List<FieldError> ordered = new ArrayList<>(first.values());
        more.stream().filter(e -> !first.containsKey(e.field())).forEach(ordered::add);
        ordered.sort(Comparator.comparing((FieldError e) -> position(root, e.field()), Constraints::compare));
        return ordered;
    }

    /**
     * Where a field comes in the record: the component's index, each list index after it, and so on down.
     * Unknown names come last.
     */
    private static List<Integer> position(Class<?> root, String field) {
        List<Integer> key = new ArrayList<>();
        Type type = root;
        for (String part : field.split("\\.")) {
            Matcher m = SEGMENT.matcher(part);
            Class<?> raw = raw(type);
            RecordComponent[] components = raw == null ? null : raw.getRecordComponents();
            int found = -1;
            if (m.matches() && components != null) {
                for (int i = 0; i < components.length && found < 0; i++) {
                    if (components[i].getName().equals(m.group(1))) {
                        found = i;
                    }
                }
            }
            if (found < 0) {
                key.add(Integer.MAX_VALUE);
                return key;
            }
            key.add(found);
            type = components[found].getGenericType();
            Matcher index = INDEX.matcher(m.group(2));
            while (index.find()) {
                key.add(Integer.parseInt(index.group(1)));
                type = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            }
        }
        return key;
    }

    private static Class<?> raw(Type type) {
        return type instanceof Class<?> c ? c : type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : null;
    }

    /** The fields inside a list or record before its own error: {@code lines[0].sku} before {@code lines}. */
    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int x = i < a.size() ? a.get(i) : Integer.MAX_VALUE;
            int y = i < b.size() ? b.get(i) : Integer.MAX_VALUE;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }

    /**
     * The server's validator (java:comp, else CDI's), or the default provider's outside a server (unit tests).
     * Kept once found; when none is found (a thread without a component context), the next call looks again.
     * The records validated here are never entities: every property is reachable, and the JPA-aware resolver a
     * server installs by default (which asks the persistence providers about every property of every object,
     * most of a catalog row's validation time) is not asked.
     */
    static final class Holder {
        private static volatile Validator validator;

        static Validator validator() {
            Validator found = validator;
            if (found == null) {
                ValidatorContext context = factory().usingContext().traversableResolver(new AllReachable());
                withoutResultCache(context);
                validator = found = context.getValidator();
            }
            return found;
        }

        /**
         * Hibernate Validator keeps, per validation, a hash map of the resolver's answers for every property it
         * visits, unless told not to; for {@link AllReachable} that map is pure cost (5 % of a catalog upload's
         * server CPU in a profile, most of it in colliding hash buckets). Asked by name: the server's validator
         * need not be Hibernate's, and the application does not compile against it.
         */
        static boolean withoutResultCache(ValidatorContext context) {
            try {
                context.getClass()
                        .getMethod("enableTraversableResolverResultCache", boolean.class)
                        .invoke(context, false);
                return true;
            } catch (ReflectiveOperationException | RuntimeException notHibernate) {
                return false; // another provider: it validates as well, with whatever it does per property
            }
        }

        /** Every property may be validated and cascaded into: plain records, nothing lazily loaded. */
        private static final class AllReachable implements TraversableResolver {
            @Override
            public boolean isReachable(
                    Object bean, Path.Node property, Class<?> rootBean, Path pathToProperty, ElementType type) {
                return true;
            }

            @Override
            public boolean isCascadable(
                    Object bean, Path.Node property, Class<?> rootBean, Path pathToProperty, ElementType type) {
                return true;
            }
        }

        private static ValidatorFactory factory() {
            try {
                return (ValidatorFactory) new InitialContext().lookup("java:comp/ValidatorFactory");
            } catch (NamingException | RuntimeException noComponentContext) {
                try {
                    return CDI.current().select(ValidatorFactory.class).get();
                } catch (RuntimeException noContainer) {
                    return Validation.buildDefaultValidatorFactory();
                }
            }
        }
    }
}
