package org.oas.migration.programs.activity.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.oas.migration.platform.model.VersionedEntity;

/**
 * One activity: the normalized write body and the public view as JSON, plus the columns lists filter on. The
 * natural key is (reporting organization, external id).
 */
@Entity
@Table(name = "activity")
public class ActivityEntity extends VersionedEntity {

    @Column(name = "external_id", nullable = false)
    public String externalId;

    @Column(name = "reporting_org_id", nullable = false)
    public UUID reportingOrgId;

    @Column(name = "reporting_org_code", nullable = false)
    public String reportingOrgCode;

    @Column(name = "program_code")
    public String programCode;

    @Column(nullable = false)
    public String status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "organization_codes", nullable = false)
    public List<String> organizationCodes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> countries = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> themes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "mandate_keys", nullable = false)
    public List<String> mandateKeys = new ArrayList<>();

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String body;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String view;

    @Column(name = "search_en", nullable = false)
    public String searchEn = "";

    @Column(name = "search_es", nullable = false)
    public String searchEs = "";

    @Column(name = "source_updated_at")
    public OffsetDateTime sourceUpdatedAt;

    public static Optional<ActivityEntity> liveByExternalId(String reportingOrgCode, String externalId) {
        return live("reportingOrgCode = ?1 and externalId = ?2", reportingOrgCode, externalId).firstResultOptional();
    }

    /**
     * The live activity with this natural key, its row locked until the transaction ends: a concurrent writer of the
     * same activity waits here, then reads the version the first one wrote.
     */
    public static Optional<ActivityEntity> lockLiveByExternalId(String reportingOrgCode, String externalId) {
        return live("reportingOrgCode = ?1 and externalId = ?2", reportingOrgCode, externalId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The activity with this id (live or deleted), or null; with {@code lock}, its row locked as above. */
    public static ActivityEntity byId(UUID id, boolean lock) {
        return lock ? findById(id, LockModeType.PESSIMISTIC_WRITE) : findById(id);
    }

    /** The live activities of every organization with one of these external ids. */
    public static List<ActivityEntity> liveByExternalIds(Collection<String> externalIds) {
        return live("externalId in ?1", externalIds).list();
    }

    private static PanacheQuery<ActivityEntity> live(String condition, Object... parameters) {
        // Without flushing first: pending activities of the same transaction are written at commit as one batch (an
        // import naming one external id twice in a batch then fails at commit and is retried line by line).
        return ActivityEntity.<ActivityEntity>find(liveWhere(condition), parameters)
                .withHint(org.hibernate.jpa.HibernateHints.HINT_FLUSH_MODE, org.hibernate.FlushMode.COMMIT);
    }
}
