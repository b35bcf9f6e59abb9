package org.oas.migration.organizations.person.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.oas.migration.platform.paging.KeyType;
import org.oas.migration.platform.paging.Page;
import org.oas.migration.platform.paging.PageRequest;
import org.oas.migration.platform.sql.KeysetOrder;
import org.oas.migration.platform.sql.Jsonb;
import org.oas.migration.platform.sql.SqlQuery;
import org.oas.migration.platform.sql.TextSearch;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<PersonEntity, UUID> {

    private static final String SORT_KEY = "lower(p.name)";
    private static final KeysetOrder BY_NAME = KeysetOrder.named("people-by-name")
            .ascending(SORT_KEY, KeyType.TEXT).ascending("p.id", KeyType.UUID).build();

    /** People by name, then id, keyset-paged. */
    @SuppressWarnings("unchecked")
    public Page<PersonEntity> page(PersonFilter filter, PageRequest page) {
        SqlQuery query = new SqlQuery("SELECT p.*, " + SORT_KEY + " AS sort_key FROM person p").where("p.deleted_at IS NULL");
        if (filter.organizationId() != null) {
            query.where("p.memberships @> cast(? AS jsonb)", Jsonb.arrayWith("organizationId", filter.organizationId().toString()));
        }
        if (filter.identifierScheme() != null) {
            query.where("p.identifiers @> cast(? AS jsonb)", Jsonb.identifier(filter.identifierScheme(), filter.identifierValue()));
        }
        if (filter.q() != null) {
            query.where("p.search_text @@ websearch_to_tsquery('simple', ?)", TextSearch.query(filter.q()));
        }
        if (filter.updatedSince() != null) {
            query.where("p.updated_at >= ?", filter.updatedSince());
        }
        BY_NAME.apply(query, page);
        List<Object[]> rows = query.build(getEntityManager(), PersonEntity.LIST_ROW).getResultList();
        return BY_NAME.page(rows, page, row -> new Object[] {row[1], ((PersonEntity) row[0]).id}).map(row -> (PersonEntity) row[0]);
    }
}
