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
import org.oas.migration.platform.text.SearchText;

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

    /** The name normalised for search ({@link SearchText}): the search vector's heaviest part. */
    @Column(name = "search_name", nullable = false)
    public String searchName = "";

    /** The posts (organization codes and roles in every language) normalised for search. */
    @Column(name = "search_memberships", nullable = false)
    public String searchMemberships = "";

    /** Rebuilds the search columns after the name or the memberships changed. */
    public void index() {
        searchName = SearchText.normalise(name);
        searchMemberships = searchMemberships(memberships);
    }

    public static String searchMemberships(List<Membership> memberships) {
        StringBuilder text = new StringBuilder();
        for (Membership m : memberships) {
            text.append(m.organizationCode()).append('\n');
            if (m.role() != null) {
                m.role().values().forEach(role -> text.append(role).append('\n'));
            }
        }
        return SearchText.normalise(text.toString().strip());
    }
}
