package org.oas.migration.meetings.support.domain;

/**
 * The payload announced on meetings.v1 for a stored resource: its public view. The rest layer supplies it, so the
 * domain publishes what readers get from GET without depending on the wire types.
 */
public interface EventBody<T> {

    Object of(T stored);
}
