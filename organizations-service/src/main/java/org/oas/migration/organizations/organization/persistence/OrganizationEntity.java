package org.oas.migration.organizations.organization.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.oas.migration.platform.text.Identifier;
import org.oas.migration.platform.model.VersionedEntity;
import org.oas.migration.platform.text.SearchText;

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

    /** Names, acronyms and description normalised for search ({@link SearchText}): what the search vector is made from. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "search_source", nullable = false)
    public Map<String, Map<String, String>> searchSource = Map.of();

    /** Rebuilds {@link #searchSource} after names, acronyms or description changed. */
    public void index() {
        searchSource = searchSource(names, acronyms, description);
    }

    public static Map<String, Map<String, String>> searchSource(Map<String, String> names, Map<String, String> acronyms,
                                                               Map<String, String> description) {
        return Map.of("names", normalised(names), "acronyms", normalised(acronyms), "description", normalised(description));
    }

    private static Map<String, String> normalised(Map<String, String> texts) {
        Map<String, String> result = new TreeMap<>();
        if (texts != null) {
            texts.forEach((language, text) -> result.put(language, SearchText.normalise(text)));
        }
        return result;
    }
}
