package org.oas.migration.organizations.organization.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oas.migration.platform.json.RawJson;
import org.oas.migration.platform.model.VersionedEntity;
import org.oas.migration.platform.paging.KeyType;
import org.oas.migration.platform.paging.Page;
import org.oas.migration.platform.paging.PageRequest;
import org.oas.migration.platform.sql.KeysetOrder;
import org.oas.migration.platform.sql.KeysetOrder.Key;
import org.oas.migration.platform.sql.Jsonb;
import org.oas.migration.platform.sql.SqlQuery;
import org.oas.migration.platform.sql.TextSearch;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<OrganizationEntity, UUID> {

    @Inject
    AgroalDataSource dataSource;


    /**
     * The list columns: jsonb as text, passed through to the response unparsed ({@code OrganizationListItem});
     * the search vector is left out. OrganizationApiTest checks a list item equals the resource's own GET.
     */
    private static final String LIST_COLUMNS = "o.id, o.code, o.type, o.names::text, o.acronyms::text, o.description::text, "
            + "o.parent_id, p.code AS parent_code, o.country, o.website, o.identifiers::text, o.member_countries::text, "
            + "o.merged_into_id, o.version, o.created_at, o.updated_at";

    private static final String SUBTREE = "o.id IN (WITH RECURSIVE sub AS (SELECT id FROM organization WHERE parent_id = ? "
            + "UNION SELECT c.id FROM organization c JOIN sub ON c.parent_id = sub.id) SELECT id FROM sub)";

    /**
     * The organization that has or had this code, live, deleted or merged away: a code is never given to a second
     * organization ({@code OrganizationService.create}), so there is at most one.
     */
    public Optional<OrganizationEntity> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The live organization with this code. */
    public Optional<OrganizationEntity> liveByCode(String code) {
        return find(VersionedEntity.liveWhere("code = ?1"), code).firstResultOptional();
    }

    public Optional<String> codeOf(UUID id) {
        return id == null ? Optional.empty() : findByIdOptional(id).map(o -> o.code);
    }

    /**
     * A keyset page. Without {@code q}: by name in the request language, then id. With {@code q}: by relevance,
     * then id. Deleted and merged organizations are left out.
     */
    public Page<OrganizationListItem> page(OrganizationFilter filter, PageRequest page) {
        boolean search = filter.q() != null;
        KeysetOrder order = search
                ? KeysetOrder.named("organizations-by-relevance")
                        .descending("ts_rank(o.search_text, " + TextSearch.tsquery(filter.language()) + ")", KeyType.RANK, TextSearch.query(filter.q()))
                        .selectedAs("sort_key").ascending("o.id", KeyType.UUID).build()
                : KeysetOrder.named("organizations-by-name-" + filter.language())
                        .ascending(TextSearch.nameSortKey("o.names", filter.language()), KeyType.TEXT)
                        .selectedAs("sort_key").ascending("o.id", KeyType.UUID).build();
        Key sortKey = order.keys().get(0);
        String from = "SELECT " + LIST_COLUMNS + ", " + sortKey.expression() + " AS sort_key FROM organization o "
                + "LEFT JOIN organization p ON p.id = o.parent_id";
        SqlQuery query = new SqlQuery(from, sortKey.values().toArray());
        query.where("o.deleted_at IS NULL");
        applyFilters(filter, query);
        order.apply(query, page);
        // Straight from the pool, without opening an ORM session: a list page is one read of plain rows.
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = query.prepare(connection);
             ResultSet rs = statement.executeQuery()) {
            List<OrganizationRow> rows = new ArrayList<>(page.fetchSize());
            while (rs.next()) {
                rows.add(new OrganizationRow(listItem(rs), search ? (Object) rs.getFloat("sort_key") : rs.getString("sort_key")));
            }
            return order.page(rows, page, row -> new Object[] {row.sortKey(), row.item().id()}).map(OrganizationRow::item);
        } catch (SQLException e) {
            throw new PersistenceException("Listing organizations failed", e);
        }
    }

    private static OrganizationListItem listItem(ResultSet rs) throws SQLException {
        return new OrganizationListItem(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), json(rs, 4),
                json(rs, 5), json(rs, 6), rs.getObject(7, UUID.class), rs.getString(8), rs.getString(9), rs.getString(10),
                json(rs, 11), json(rs, 12), rs.getObject(13, UUID.class), rs.getLong(14),
                rs.getObject(15, OffsetDateTime.class), rs.getObject(16, OffsetDateTime.class));
    }

    /** A jsonb column read as text: its UTF-8 bytes as they came (jsonb::text is text, sent in text format). */
    private static RawJson json(ResultSet rs, int column) throws SQLException {
        return RawJson.of(rs.getBytes(column));
    }

    private static void applyFilters(OrganizationFilter filter, SqlQuery query) {
        if (filter.type() != null) {
            query.where("o.type = ?", filter.type());
        }
        if (filter.country() != null) {
            query.where("(o.country = ? OR o.member_countries @> cast(? AS jsonb))", filter.country(),
                    Jsonb.arrayWith("country", filter.country()));
        }
        if (filter.parentId() != null) {
            query.where("o.parent_id = ?", filter.parentId());
        }
        if (filter.withinId() != null) {
            query.where(SUBTREE, filter.withinId());
        }
        if (filter.code() != null) {
            query.where("o.code = ?", filter.code());
        }
        if (filter.identifierScheme() != null) {
            query.where("o.identifiers @> cast(? AS jsonb)", Jsonb.identifier(filter.identifierScheme(), filter.identifierValue()));
        }
        if (filter.q() != null) {
            query.where("o.search_text @@ " + TextSearch.tsquery(filter.language()), TextSearch.query(filter.q()));
        }
        if (filter.updatedSince() != null) {
            query.where("o.updated_at >= ?", filter.updatedSince());
        }
    }

    /** Which other live organization already carries one of these identifiers. */
    public Optional<OrganizationEntity> holderOfIdentifier(String scheme, String value, UUID except) {
        @SuppressWarnings("unchecked")
        List<OrganizationEntity> holders = getEntityManager().createNativeQuery(
                        "SELECT * FROM organization WHERE identifiers @> cast(?1 AS jsonb) AND deleted_at IS NULL AND id <> ?2",
                        OrganizationEntity.class)
                .setParameter(1, Jsonb.identifier(scheme, value))
                .setParameter(2, except == null ? new UUID(0, 0) : except)
                .getResultList();
        return holders.stream().findFirst();
    }

    /** The chain of parents, nearest first. */
    @SuppressWarnings("unchecked")
    public List<OrganizationEntity> ancestors(UUID id) {
        return getEntityManager().createNativeQuery("WITH RECURSIVE up AS ("
                        + "SELECT parent_id, 1 AS depth FROM organization WHERE id = ?1 "
                        + "UNION ALL SELECT o.parent_id, up.depth + 1 FROM organization o JOIN up ON o.id = up.parent_id "
                        + "WHERE up.depth < 100) "
                        + "SELECT o.* FROM up JOIN organization o ON o.id = up.parent_id ORDER BY up.depth",
                        OrganizationEntity.class)
                .setParameter(1, id)
                .getResultList();
    }

    /** Whether {@code candidate} is {@code id} itself or below it (a parent there would make a cycle). */
    public boolean isSelfOrDescendant(UUID candidate, UUID id) {
        return candidate.equals(id) || ancestors(candidate).stream().anyMatch(a -> a.id.equals(id));
    }
}
