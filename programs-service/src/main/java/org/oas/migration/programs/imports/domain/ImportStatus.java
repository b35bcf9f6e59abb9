package org.oas.migration.programs.imports.domain;

/** Where an import stands. Imports run while the request waits, so clients normally only see the last two. */
public enum ImportStatus {
    /** Lines are being written; counts grow batch by batch (also left by a service stopped mid-import). */
    PROCESSING("processing"),
    /** Every line was read and has its outcome. */
    COMPLETED("completed"),
    /** Stopped before the end (the database went away); the lines reported so far were committed. */
    FAILED("failed");

    private final String value;

    ImportStatus(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }
}
