package org.oas.migration.meetings.resolution.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.oas.migration.platform.text.Identifier;
import org.oas.migration.platform.model.VersionedEntity;

@Entity
@Table(name = "resolution")
@SqlResultSetMapping(name = ResolutionEntity.LIST_ROW, entities = @EntityResult(entityClass = ResolutionEntity.class),
        columns = {@ColumnResult(name = "sort_key", type = String.class), @ColumnResult(name = "fragment", type = String.class)})
public class ResolutionEntity extends VersionedEntity {

    public static final String LIST_ROW = "ResolutionListRow";

    public String symbol;

    @Column(name = "symbol_key")
    public String symbolKey;

    public String series;

    public Integer number;

    public Integer session;

    @Column(name = "session_type")
    public String sessionType;

    public Integer year;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> title;

    @Column(name = "body_id", nullable = false)
    public UUID bodyId;

    @Column(name = "body_code", nullable = false)
    public String bodyCode;

    @Column(name = "adoption_date")
    public LocalDate adoptionDate;

    @Column(nullable = false)
    public String status;

    @Column(name = "draft_classification")
    public String draftClassification;

    @Column(name = "draft_key")
    public String draftKey;

    @Column(name = "adopted_as")
    public String adoptedAs;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> sponsors = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "co_sponsors", nullable = false)
    public List<String> coSponsors = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Paragraphs.Preambular> preambular = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Paragraphs.Operative> operative = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> cites = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Identifier> identifiers = new ArrayList<>();

    @Column(name = "search_en", nullable = false)
    public String searchEn = "";

    @Column(name = "search_es", nullable = false)
    public String searchEs = "";

    /** The live resolution whose symbol key or draft key is {@code key}; deleted ones hold no key. */
    public static Optional<ResolutionEntity> liveByKey(String key) {
        return find(liveWhere("symbolKey = ?1 or draftKey = ?1"), key).firstResultOptional();
    }

    /** Whether a live resolution other than {@code except} holds this symbol key ({@code draft}: draft key). */
    public static boolean keyHeldByAnother(String key, boolean draft, UUID except) {
        return count(liveWhere((draft ? "draftKey" : "symbolKey") + " = ?1 and id <> ?2"), key, except == null ? new UUID(0, 0) : except) > 0;
    }
}
