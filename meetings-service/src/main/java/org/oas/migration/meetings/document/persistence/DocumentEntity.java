package org.oas.migration.meetings.document.persistence;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.oas.migration.platform.model.VersionedEntity;

@Entity
@Table(name = "document")
@SqlResultSetMapping(name = DocumentEntity.LIST_ROW, entities = @EntityResult(entityClass = DocumentEntity.class),
        columns = {@ColumnResult(name = "sort_key", type = String.class), @ColumnResult(name = "fragment", type = String.class)})
public class DocumentEntity extends VersionedEntity {

    public static final String LIST_ROW = "DocumentListRow";

    @Column(nullable = false)
    public String symbol;

    @Column(name = "symbol_key", nullable = false)
    public String symbolKey;

    @Column(nullable = false)
    public String series;

    public int number;

    public Integer year;

    public Integer revision;

    public Integer corrigendum;

    public Integer addendum;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> title;

    public LocalDate date;

    @Column(nullable = false)
    public String kind;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> languages = new ArrayList<>();

    public String url;

    @Column(name = "search_en", nullable = false)
    public String searchEn = "";

    @Column(name = "search_es", nullable = false)
    public String searchEs = "";

    /** The live document with this symbol key; a deleted one holds no key (it is unique among live documents). */
    public static Optional<DocumentEntity> liveBySymbolKey(String symbolKey) {
        return find(liveWhere("symbolKey = ?1"), symbolKey).firstResultOptional();
    }
}
