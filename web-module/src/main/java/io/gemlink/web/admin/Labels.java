package io.gemlink.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Currency;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * How the admin screens show stored values, in one place: a code as a label ({@code LOOSE_STONE} → "Loose
 * stone", from {@code labels.properties}, else the code made readable), a list of codes as one line, a metal with
 * its purity ("14K gold"), money by its currency ("$10,071.16") and instants in the user's time zone, to the
 * minute, with the zone named. The zone is the browser's, which {@code js/zone.js} keeps in the {@value #ZONE_COOKIE}
 * cookie on the login page and every admin page; without it (or with a zone Java does not know) UTC.
 */
@Named
@RequestScoped
public class Labels {

    /** The cookie that holds the browser's IANA time zone (e.g. {@code Europe/Paris}). */
    public static final String ZONE_COOKIE = "gl_tz";

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("io.gemlink.web.admin.labels", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm zzz", Locale.US);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    @Inject
    HttpServletRequest request;

    private ZoneId zone;

    /** The label of a code (an enum constant or its name); "" for null. */
    public String of(Object code) {
        return label(code);
    }

    /** A list of codes or field names as one line, the first capital: [title, description] → "Title, description". */
    public String list(Collection<?> codes) {
        if (codes == null || codes.isEmpty()) {
            return "";
        }
        String line = codes.stream().map(Labels::label).map(Labels::lowerFirst).collect(Collectors.joining(", "));
        return upperFirst(line);
    }

    /** A metal with its purity, the way jewelers say it: GOLD 14K → "14K gold", SILVER 925 → "925 silver". */
    public String metal(Object metal, String purity) {
        String name = metal == null ? "" : lowerFirst(label(metal));
        String line = ((purity == null ? "" : purity.strip()) + " " + name).strip();
        return upperFirst(line);
    }

    /** Money by its currency: 10071.16 USD → "$10,071.16", 99 EUR → "€99.00"; "" for no amount. */
    public String money(BigDecimal amount, String currency) {
        return formatMoney(amount, currency);
    }

    /** An instant in the user's time zone, to the minute, with the zone: "Dec 1, 2026 09:49 UTC". */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(getZone()));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The CSS class of a status badge: what the status asks of the user, by colour. */
    public String badge(Object status) {
        return "gl-pill gl-pill-" + tone(status == null ? "" : status.toString());
    }

    public ZoneId getZone() {
        if (zone == null) {
            zone = zoneOf(request == null ? null : request.getCookies());
        }
        return zone;
    }

    static ZoneId zoneOf(Cookie[] cookies) {
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (ZONE_COOKIE.equals(cookie.getName()) && cookie.getValue() != null) {
                    try {
                        return ZoneId.of(URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8));
                    } catch (DateTimeException | IllegalArgumentException e) {
                        break; // a zone this JVM does not know, or not a zone: UTC, which the page names
                    }
                }
            }
        }
        return ZoneOffset.UTC;
    }

    static String tone(String status) {
        return switch (status) {
            case "SHIPPED", "SUCCEEDED", "CREATED", "ACCEPTED" -> "ok";
            case "REJECTED", "PARTIALLY_REJECTED", "FAILED", "BACKORDERED", "SKIPPED", "CANCELLED", "REFUSED" -> "bad";
            case "ON_HOLD", "PENDING", "OPEN", "NEW", "INTERRUPTED" -> "warn";
            case "PROCESSING", "AWAITING_SHIPMENT", "PARTIALLY_SHIPPED", "RUNNING" -> "info";
            default -> "plain";
        };
    }

    /** The label of a code, for Java callers (CSV exports, messages). */
    public static String label(Object code) {
        if (code == null) {
            return "";
        }
        String name = code instanceof Enum<?> e ? e.name() : code.toString();
        if (code instanceof Enum<?> e) {
            String qualified = e.getDeclaringClass().getSimpleName() + "." + name;
            if (BUNDLE.containsKey(qualified)) {
                return BUNDLE.getString(qualified);
            }
        }
        try {
            return BUNDLE.getString(name);
        } catch (MissingResourceException e) {
            return readable(name);
        }
    }

    public static String formatMoney(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        try {
            Currency c = Currency.getInstance(
                    currency == null ? "USD" : currency.strip().toUpperCase(Locale.ROOT));
            format.setCurrency(c);
            format.setMinimumFractionDigits(Math.max(0, c.getDefaultFractionDigits()));
            format.setMaximumFractionDigits(Math.max(0, c.getDefaultFractionDigits()));
        } catch (IllegalArgumentException e) {
            return amount.toPlainString() + " " + currency; // not an ISO 4217 code: as stored
        }
        return format.format(amount);
    }

    /** PARTIALLY_SHIPPED → "Partially shipped"; metalWeightGrams → "Metal weight grams". */
    static String readable(String code) {
        String spaced = code.contains("_") || code.equals(code.toUpperCase(Locale.ROOT))
                ? code.replace('_', ' ').toLowerCase(Locale.ROOT)
                : code.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return upperFirst(spaced.strip());
    }

    private static String upperFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Lower-cases the first letter unless the label starts with an acronym (API, CSV, eBay stays as is). */
    private static String lowerFirst(String text) {
        if (text.length() < 2 || Character.isUpperCase(text.charAt(1)) || Character.isLowerCase(text.charAt(0))) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
