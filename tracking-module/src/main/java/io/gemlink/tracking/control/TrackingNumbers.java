package io.gemlink.tracking.control;

import java.util.regex.Pattern;

/**
 * The shapes and check digits of the known carriers' tracking numbers. Each check takes a number
 * already normalized (spaces removed, upper case) and answers whether it can be that carrier's.
 * The check-digit rules are the carriers' published ones: UPS mod 10 over the 1Z serial, GS1 mod 10
 * (USPS IMpb, Canada Post, FedEx Ground), FedEx Express's 3-1-7 weights mod 11, DHL Express mod 7,
 * and the UPU S10 weights for international postal items.
 */
public final class TrackingNumbers {

    private static final Pattern UPS = Pattern.compile("1Z[0-9A-Z]{16}");
    private static final Pattern S10 = Pattern.compile("[A-Z]{2}[0-9]{9}[A-Z]{2}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern AUSPOST = Pattern.compile("[0-9A-Z]{12,23}");
    private static final int[] S10_WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};
    private static final int[] FEDEX_EXPRESS_WEIGHTS = {3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1};

    private TrackingNumbers() {}

    /** Removes the spaces people paste with a number and upper-cases it. */
    public static String normalize(String number) {
        return number.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** {@code 1Z} + 6 shipper + 2 service + 7 package characters + a mod-10 check digit. */
    public static boolean ups(String n) {
        if (!UPS.matcher(n).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 2; i < 17; i++) {
            char c = n.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : (c - 'A' + 2) % 10; // UPS maps A=2, B=3, ... cyclically
            sum += (i - 2) % 2 == 0 ? v : 2 * v;
        }
        return (10 - sum % 10) % 10 == n.charAt(17) - '0';
    }

    /** USPS IMpb: 20 to 22 digits with a GS1 check digit (a 20-digit number may omit its leading 91). */
    public static boolean usps(String n) {
        if (!digits(n, 20, 22)) {
            return false;
        }
        return gs1(n) || n.length() == 20 && gs1("91" + n);
    }

    /** FedEx: Express 12 digits (weights 3-1-7, mod 11), Ground 15 digits and SmartPost 20 digits (GS1). */
    public static boolean fedex(String n) {
        if (!DIGITS.matcher(n).matches()) {
            return false;
        }
        return switch (n.length()) {
            case 12 -> fedexExpress(n);
            case 15 -> gs1(n);
            case 20 -> gs1(n) || gs1("92" + n);
            default -> false;
        };
    }

    /** DHL Express waybill: 10 digits, the last being the first nine's value mod 7. */
    public static boolean dhlExpress(String n) {
        return digits(n, 10, 10) && Long.parseLong(n.substring(0, 9)) % 7 == n.charAt(9) - '0';
    }

    /** Canada Post: 16 digits with a GS1 check digit, or an S10 item. */
    public static boolean canadaPost(String n) {
        return digits(n, 16, 16) && gs1(n) || s10(n);
    }

    /** Australia Post: an S10 item, or its own 12 to 23 letters and digits (no published check digit). */
    public static boolean australiaPost(String n) {
        return s10(n) || AUSPOST.matcher(n).matches();
    }

    /** UPU S10: 2 letters, 8 digits, a check digit (weights 8-6-4-2-3-5-9-7, mod 11), a 2-letter country. */
    public static boolean s10(String n) {
        if (!S10.matcher(n).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (n.charAt(2 + i) - '0') * S10_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        check = check == 10 ? 0 : check == 11 ? 5 : check;
        return check == n.charAt(10) - '0';
    }

    /** GS1 mod 10: from the right, data digits weigh 3, 1, 3, ...; the last digit makes the sum a multiple of 10. */
    static boolean gs1(String n) {
        int sum = 0;
        for (int i = n.length() - 2, w = 3; i >= 0; i--, w = 4 - w) {
            sum += (n.charAt(i) - '0') * w;
        }
        return (10 - sum % 10) % 10 == n.charAt(n.length() - 1) - '0';
    }

    private static boolean fedexExpress(String n) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (n.charAt(i) - '0') * FEDEX_EXPRESS_WEIGHTS[i];
        }
        return sum % 11 % 10 == n.charAt(11) - '0';
    }

    private static boolean digits(String n, int min, int max) {
        return n.length() >= min && n.length() <= max && DIGITS.matcher(n).matches();
    }
}
