package io.gemlink.catalog.control;

import java.util.Collections;

/** Parameter marks for SQL built at run time: {@code IN (?, ?, ?)} and value rows. */
public final class SqlMarks {

    private SqlMarks() {}

    /** {@code ?, ?, …}: {@code count} marks. */
    public static String list(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** {@code IN (?, ?, …)} for {@code count} values. */
    public static String in(int count) {
        return "IN (" + list(count) + ")";
    }
}
