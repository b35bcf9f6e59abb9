package org.oas.migration.meetings.support.persistence;

/** One row of a list: the entity and, when searching, its best matching fragment. */
public record Listed<T>(T entity, String match) {
}
