package org.oas.migration.organizations.person.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.oas.migration.platform.text.Identifier;
import org.oas.migration.platform.model.VersionedEntity;

@Entity
@Table(name = "person")
@SqlResultSetMapping(name = PersonEntity.LIST_ROW,
        entities = @EntityResult(entityClass = PersonEntity.class),
        columns = @ColumnResult(name = "sort_key", type = String.class))
public class PersonEntity extends VersionedEntity {

    public static final String LIST_ROW = "PersonListRow";

    @Column(nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "honorific_prefix")
    public Map<String, String> honorificPrefix;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Identifier> identifiers = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Membership> memberships = new ArrayList<>();
}
