package org.oas.migration.programs.imports.domain;

/** The records of a spooled import body, read one at a time (never all in memory). */
public interface ImportSource extends AutoCloseable {

    /** The next record, or {@code null} after the last. */
    ImportItem next();

    @Override
    void close();
}
