package org.oas.migration.deploy.bench;

import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Fires {@code send(i)} at fixed times (start + i / rate), whatever earlier sends are doing: a slow response
 * must not delay the next request, or the bench would hide the very latency it measures (coordinated omission).
 * {@code send} must not block; it starts an asynchronous operation.
 */
final class OpenLoop {

    private OpenLoop() {
    }

    /** Runs {@code count} sends; returns the worst lag behind schedule in milliseconds. */
    static double run(int ratePerSecond, int count, IntConsumer send) {
        long period = 1_000_000_000L / ratePerSecond;
        long start = System.nanoTime();
        long worstLag = 0;
        for (int i = 0; i < count; i++) {
            long due = start + i * period;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            worstLag = Math.max(worstLag, -wait);
            send.accept(i);
        }
        return worstLag / 1e6;
    }
}
