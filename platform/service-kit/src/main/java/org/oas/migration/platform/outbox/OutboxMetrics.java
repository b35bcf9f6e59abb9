package org.oas.migration.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Prometheus gauges: outbox backlog and the age of the oldest unpublished event, read at scrape time. */
@ApplicationScoped
public class OutboxMetrics {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxRelay relay;

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("outbox_backlog_events", this, m -> m.query("SELECT count(*) FROM outbox_event"))
                .description("Change events committed but not yet acknowledged by Kafka").register(registry);
        Gauge.builder("outbox_oldest_unpublished_age_seconds", this, m -> m.query(
                        "SELECT coalesce(extract(epoch FROM now() - min(created_at)), 0) FROM outbox_event"))
                .description("Age of the oldest change event not yet acknowledged by Kafka").register(registry);
        Gauge.builder("outbox_relay_leader", relay, r -> r.isLeader() ? 1 : 0)
                .description("1 when this replica is the one publishing the outbox").register(registry);
    }

    private double query(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getDouble(1) : Double.NaN;
        } catch (SQLException e) {
            return Double.NaN;
        }
    }
}
