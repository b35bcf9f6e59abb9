package org.oas.migration.meetings.directory.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.oas.migration.platform.directory.ProjectedRow;

/** This service's copy of an organization of the registry (from organizations.v1), so it works while that service is down. */
@Entity
@Table(name = "directory_organization")
public class DirectoryOrganization extends ProjectedRow {

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String type;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> names;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> acronyms;

    public static Optional<DirectoryOrganization> liveByCode(String code) {
        return find("code = ?1 and deleted = false", code).firstResultOptional();
    }
}
