package org.oas.migration.programs.imports.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.Id;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.oas.migration.platform.problem.Problem;

/** An import: who sent what, how far it got, and its counts (kept up to date batch by batch by {@link ImportLineStore}). */
@Entity
@Table(name = "bulk_import")
@SqlResultSetMapping(name = ImportEntity.LIST_ROW, entities = @EntityResult(entityClass = ImportEntity.class))
public class ImportEntity extends PanacheEntityBase {

    /** A row of {@link ImportList}'s native query. */
    public static final String LIST_ROW = "ImportListRow";

    @Id
    public UUID id;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public String format;

    @Column(name = "dry_run", nullable = false)
    public boolean dryRun;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    /** The partner's organization code; null when an admin imported. */
    public String organization;

    @Column(name = "lines_total", nullable = false)
    public int linesTotal;

    public int created;
    public int updated;
    public int unchanged;
    public int rejected;

    @JdbcTypeCode(SqlTypes.JSON)
    public Problem problem;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;
}
