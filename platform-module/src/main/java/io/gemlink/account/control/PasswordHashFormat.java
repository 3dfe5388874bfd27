package io.gemlink.account.control;

/** Reads Jakarta Security's PBKDF2 hash text, {@code <algorithm>:<iterations>:<salt>:<hash>}. */
final class PasswordHashFormat {

    private PasswordHashFormat() {}

    static boolean needsRehash(String storedHash, String algorithm, int iterations) {
        String[] parts = storedHash == null ? new String[0] : storedHash.split(":");
        if (parts.length != 4 || !parts[0].equals(algorithm)) {
            return true;
        }
        try {
            return Integer.parseInt(parts[1]) < iterations;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
