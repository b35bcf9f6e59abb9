package org.oas.migration.deploy.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds, summarised as nearest-rank percentiles in milliseconds. */
record Latencies(long[] nanos) {

    Latencies {
        nanos = nanos.clone();
        Arrays.sort(nanos);
    }

    int count() {
        return nanos.length;
    }

    double percentileMillis(double percentile) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * nanos.length);
        return nanos[Math.max(0, rank - 1)] / 1e6;
    }

    double maxMillis() {
        return percentileMillis(100);
    }

    String summary() {
        return String.format("n=%d  p50 %.1f ms  p99 %.1f ms  max %.1f ms",
                count(), percentileMillis(50), percentileMillis(99), maxMillis());
    }
}
