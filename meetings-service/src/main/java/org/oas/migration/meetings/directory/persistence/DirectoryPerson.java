package org.oas.migration.meetings.directory.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.oas.migration.platform.directory.ProjectedRow;
import org.oas.migration.platform.text.Identifier;

/** This service's copy of a person of the registry. */
@Entity
@Table(name = "directory_person")
public class DirectoryPerson extends ProjectedRow {

    @Column(nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "honorific_prefix")
    public Map<String, String> honorificPrefix;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Identifier> identifiers = new ArrayList<>();
}
