package org.oas.migration.organizations.organization.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.oas.migration.platform.text.Identifier;
import org.oas.migration.platform.model.VersionedEntity;

@Entity
@Table(name = "organization")
public class OrganizationEntity extends VersionedEntity {

    @Column(nullable = false, unique = true, updatable = false)
    public String code;

    @Column(nullable = false)
    public String type;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> names;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> acronyms;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> description;

    @Column(name = "parent_id")
    public UUID parentId;

    public String country;

    public String website;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Identifier> identifiers = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "member_countries", nullable = false)
    public List<MemberCountry> memberCountries = new ArrayList<>();

    @Column(name = "merged_into_id")
    public UUID mergedIntoId;
}
