package org.oas.migration.deploy.local;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * What the launcher does when a service it started exits on its own: start it again after 1 s, then 2 s, then
 * 4 s; a fourth exit within ten minutes means it will not come up by itself (a broken migration, a port taken,
 * the disk full), so the whole stack stops, exit code 1, rather than keep PostgreSQL and Kafka up for nothing.
 * One rule per service: a crash of one does not count against another.
 */
final class RestartRule {

    static final int RESTARTS = 3;
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

    private final Deque<Instant> exits = new ArrayDeque<>();

    /** The pause before the next start, or empty when the service has used up its restarts: stop the stack. */
    synchronized Optional<Duration> afterExitAt(Instant now) {
        while (!exits.isEmpty() && exits.peekFirst().isBefore(now.minus(WINDOW))) {
            exits.removeFirst();
        }
        exits.addLast(now);
        int exitsInWindow = exits.size();
        if (exitsInWindow > RESTARTS) {
            return Optional.empty();
        }
        return Optional.of(FIRST_BACKOFF.multipliedBy(1L << (exitsInWindow - 1)));
    }

    /** Said once at start-up and in the README, so nobody has to read this class to know. */
    static String describe() {
        return "a service that exits is restarted after 1, 2 and 4 s; a 4th exit within "
                + WINDOW.toMinutes() + " minutes stops the stack";
    }
}
