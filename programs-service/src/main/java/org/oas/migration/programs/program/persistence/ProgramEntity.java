package org.oas.migration.programs.program.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.oas.migration.platform.model.VersionedEntity;

/** A programme: its normalized write body and public view as JSON, plus the columns lists filter on. */
@Entity
@Table(name = "program")
public class ProgramEntity extends VersionedEntity {

    @Column(nullable = false)
    public String code;

    @Column(name = "owner_code", nullable = false)
    public String ownerCode;

    @Column(nullable = false)
    public String status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> themes = new ArrayList<>();

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

    public static Optional<ProgramEntity> liveByCode(String code) {
        return find(liveWhere("code = ?1"), code).firstResultOptional();
    }
}
