package org.oas.migration.organizations.country.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** ISO 3166-1 reference data, loaded by migration; read-only through the API. */
@Entity
@Table(name = "country")
public class CountryEntity extends PanacheEntityBase {

    @Id
    public String code;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> names;

    @Column(name = "oas_member_state", nullable = false)
    public boolean oasMemberState;
}
