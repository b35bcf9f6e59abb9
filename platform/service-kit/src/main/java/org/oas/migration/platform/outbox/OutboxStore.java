package org.oas.migration.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * The relay's own database session: LISTEN for commits, the leader lock, and reading/deleting published rows.
 * A session-level advisory lock makes exactly one replica the publisher, so events are neither published twice
 * nor reordered; if that replica dies its session ends and another replica takes over.
 */
final class OutboxStore implements AutoCloseable {

    private static final long LEADER_LOCK = 0x0A5_0B0C5L;

    private final Connection connection;

    OutboxStore(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(true);
        try (Statement listen = connection.createStatement()) {
            listen.execute("LISTEN outbox_event");
        }
    }

    boolean tryLead() throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            lock.setLong(1, LEADER_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    List<PendingEvent> pending(int limit) throws SQLException {
        List<PendingEvent> events = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT seq, event_id, topic, event_key, event_type, source, subject, payload, created_at, traceparent "
                        + "FROM outbox_event ORDER BY seq LIMIT ?")) {
            select.setInt(1, limit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    events.add(new PendingEvent(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getObject(9, OffsetDateTime.class), rs.getString(10)));
                }
            }
        }
        return events;
    }

    void delete(List<PendingEvent> published) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM outbox_event WHERE seq = ANY (?)")) {
            Long[] seqs = published.stream().map(PendingEvent::seq).toArray(Long[]::new);
            delete.setArray(1, connection.createArrayOf("bigint", seqs));
            delete.executeUpdate();
        }
    }

    /** Blocks until a transaction that wrote outbox rows commits, or the timeout passes. */
    void awaitNotification(int timeoutMillis) throws SQLException {
        connection.unwrap(PGConnection.class).getNotifications(timeoutMillis);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a broken session: nothing left to release
        }
    }
}
