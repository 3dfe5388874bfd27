package io.gemlink.linking.control;

/** A feed row that cannot become a linked product; the rest of the feed imports. */
public class RowRejected extends Exception {

    public RowRejected(String message) {
        super(message, null, false, false); // thousands may happen in a run: no stack traces
    }
}
