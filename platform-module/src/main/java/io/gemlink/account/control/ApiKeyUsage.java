package io.gemlink.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Decides when a key's use is worth writing: at most once per {@link #EVERY} per key on this server,
 * so {@code lastUsedAt} costs one small UPDATE a minute per busy key instead of a write per request.
 * Kept in memory: a restart or a second server only means one more write.
 */
@ApplicationScoped
public class ApiKeyUsage {

    public static final Duration EVERY = Duration.ofMinutes(1);

    private final ConcurrentMap<Long, Instant> written = new ConcurrentHashMap<>();

    /** True if this use should be written now (and is then taken as written). */
    public boolean shouldRecord(long keyId, Instant now) {
        boolean[] due = {false};
        written.compute(keyId, (id, last) -> {
            if (last == null || !now.isBefore(last.plus(EVERY))) {
                due[0] = true;
                return now;
            }
            return last;
        });
        return due[0];
    }

    public void forget(long keyId) {
        written.remove(keyId);
    }
}
