package org.oas.migration.platform.embedded;

import java.time.Duration;

/** A point in time after which polling gives up. */
final class Deadline {

    private final long endNanos;

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    static Deadline after(Duration timeout) {
        return new Deadline(System.nanoTime() + timeout.toNanos());
    }

    boolean expired() {
        return remaining().isZero();
    }

    Duration remaining() {
        long left = endNanos - System.nanoTime();
        return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
    }

    /** At most {@code step}, never past the deadline. */
    Duration step(Duration step) {
        Duration left = remaining();
        return left.compareTo(step) < 0 ? left : step;
    }
}
