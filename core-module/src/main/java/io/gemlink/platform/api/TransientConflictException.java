package io.gemlink.platform.api;

import jakarta.ejb.ApplicationException;

/**
 * A transaction lost a deadlock, a lock wait or an id race ({@link DatabaseConflicts}) and was rolled
 * back; nothing of it is stored. {@link ConflictRetry} runs it again a few times; if it still loses, the
 * web module answers 503 with {@code Retry-After}: the same request a moment later is safe.
 */
@ApplicationException(rollback = true)
public class TransientConflictException extends RuntimeException {

    public TransientConflictException(Throwable cause) {
        super("the database was busy with a concurrent change; nothing was stored", cause);
    }
}
