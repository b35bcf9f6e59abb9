package org.oas.migration.platform.revocation;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The revoked clients, kept in memory for the per-request check and refreshed from the {@code revoked_client}
 * table every {@code oas.revocation.refresh-interval}. A revocation recorded by this replica is in memory as soon
 * as its transaction commits; one recorded by another replica, after the next refresh.
 */
@ApplicationScoped
public class Revocations {

    private static final Logger LOG = Logger.getLogger(Revocations.class);

    private static final String UPSERT = "INSERT INTO revoked_client (client_id, organization_code, revoked_at) VALUES (?1, ?2, ?3) "
            + "ON CONFLICT (client_id) DO UPDATE SET revoked_at = GREATEST(revoked_client.revoked_at, excluded.revoked_at)";
    private static final String RECENT = "SELECT client_id, revoked_at FROM revoked_client WHERE revoked_at > ?";

    @Inject
    RevocationConfig config;

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Event<ClientRevoked> committed;

    /** Client id to its latest revocation time, in epoch seconds (the unit of a token's {@code iat}). */
    private final Map<String, Long> revoked = new ConcurrentHashMap<>();
    private ScheduledExecutorService refresher;

    void start(@Observes StartupEvent event) {
        refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "revocations-refresh");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.refreshInterval().toMillis();
        refresher.scheduleWithFixedDelay(this::refreshQuietly, 0, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }

    /** Records a revocation in the caller's transaction; it applies in memory once that transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ClientRevoked revocation) {
        em.createNativeQuery(UPSERT).setParameter(1, revocation.clientId()).setParameter(2, revocation.organizationCode())
                .setParameter(3, revocation.revokedAt()).executeUpdate();
        committed.fire(revocation);
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClientRevoked revocation) {
        remember(revocation.clientId(), revocation.revokedAt());
    }

    /** Whether a token of {@code subject} issued at {@code issuedAt} (epoch seconds; 0 if unknown) was revoked. */
    public boolean isRevoked(String subject, long issuedAt) {
        Long at = subject == null ? null : revoked.get(subject);
        return at != null && at >= issuedAt;
    }

    /** Re-reads the table (the revocations other replicas copied) and forgets those past the retention. */
    public void refresh() {
        OffsetDateTime since = OffsetDateTime.now().minus(config.retention());
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(RECENT)) {
            select.setObject(1, since);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    remember(rs.getString(1), rs.getObject(2, OffsetDateTime.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the revoked clients", e);
        }
        revoked.values().removeIf(at -> at < since.toEpochSecond());
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warnf("Revoked clients not refreshed (%s); retrying in %s", e.getMessage(), config.refreshInterval());
        }
    }

    private void remember(String clientId, OffsetDateTime revokedAt) {
        revoked.merge(clientId, revokedAt.toEpochSecond(), Math::max);
    }
}
