package org.oas.migration.meetings.directory.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** This service's copy of an organization of the registry (from organizations.v1), so it works while that service is down. */
@Entity
@Table(name = "directory_organization")
public class DirectoryOrganization extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String type;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> names;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> acronyms;

    @Column(nullable = false)
    public long version;

    @Column(nullable = false)
    public boolean deleted;

    public static Optional<DirectoryOrganization> liveByCode(String code) {
        return find("code = ?1 and deleted = false", code).firstResultOptional();
    }
}
