package io.gemlink.it.faults;

/**
 * What the faults share: each fires only for orders or shipments named with its prefix, so other tests never meet it.
 */
final class Faults {

    private Faults() {}

    static boolean named(String prefix, String name) {
        return name != null && name.startsWith(prefix);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
